// disable-line suppressions, unused suppressions and unused sources, through
// the service facade as the editor uses them, with their quick fixes applied.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, memoryWorkspace } from '../../helpers/features.js';

const schemaPath = '/ws/claims-schema.yaml';
const notesPath = '/ws/notes.assessment.md';
const schema = `version: 1
sources:
  harbor-log:
    title: "Harbor master's log"
  # review: title from the first line
  coast-radio:
    title: "Coast radio transcript"
    date: 2025-03-02

  quay-photos:
    title: "Photographs"
actors: {}
`;
const unsourced = 'Officials in Fredville said the fleet would be back within a week.';

function workspace(notes: string) {
  return memoryWorkspace({ [schemaPath]: schema, [notesPath]: notes });
}

describe('tradecraft-disable-line', () => {
  test('silences the codes it names on its own line only, a sentence wrapped onto it included', () => {
    const notes = `# Notes\n\n${unsourced} <!-- tradecraft-disable-line unsourced-assertion -->\n\n${unsourced}\n\nPilots said the channel was shut\nall morning. <!-- tradecraft-disable-line unsourced-assertion -->\n`;
    const { service } = workspace(notes);
    const findings = service.checkAssessment(notesPath, notes).findings.filter((f) => f.code === 'unsourced-assertion');
    assert.deepEqual(findings.map((f) => notes.slice(f.span.start, f.span.end)), [unsourced]);
    assert.equal(findings[0].span.start, notes.lastIndexOf(unsourced));
  });

  test('the quick fix writes it at the end of the line, and the finding goes', () => {
    const notes = `# Notes\n\n${unsourced}\n`;
    const { service } = workspace(notes);
    const doc = { path: notesPath, text: notes };
    const at = notes.indexOf('Officials');
    const fix = service.codeActions(doc, { start: at, end: at }).find((a) => a.title === 'Suppress unsourced-assertion at the end of this line')!;
    const fixed = applyEdits(notes, fix.edits[0].edits);
    assert.equal(fixed, `# Notes\n\n${unsourced} <!-- tradecraft-disable-line unsourced-assertion -->\n`);
    assert.deepEqual(service.checkAssessment(notesPath, fixed, { reportUnusedSuppressions: true }).findings, []);
  });
});

describe('unused-suppression', () => {
  const notes = `# Notes\n\nThe desk keeps these notes. <!-- tradecraft-disable-line unsourced-assertion -->\n\n${unsourced} <!-- tradecraft-disable-line unsourced-assertion, weak-source -->\n`;

  test('is reported only when asked for, on the comment, naming the codes that silence nothing', () => {
    const { service } = workspace(notes);
    assert.equal(service.checkAssessment(notesPath, notes).findings.length, 0, 'not reported unless asked for');
    const unused = service.checkAssessment(notesPath, notes, { reportUnusedSuppressions: true }).findings;
    assert.deepEqual(unused.map((f) => [f.code, f.severity, notes.slice(f.span.start, f.span.end)]), [
      ['unused-suppression', 'hint', '<!-- tradecraft-disable-line unsourced-assertion -->'],
      ['unused-suppression', 'hint', '<!-- tradecraft-disable-line unsourced-assertion, weak-source -->'],
    ]);
    assert.match(unused[1].message, /"weak-source" silences no finding here; drop it/);
  });

  test('its quick fixes remove the comment, or only the codes it no longer needs', () => {
    const { service } = workspace(notes);
    const doc = { path: notesPath, text: notes, options: { reportUnusedSuppressions: true } };
    const fixAt = (needle: string) => {
      const at = notes.indexOf(needle);
      const action = service.codeActions(doc, { start: at, end: at + 4 }).find((a) => a.title.startsWith('Remove'))!;
      return applyEdits(notes, action.edits[0].edits);
    };
    assert.ok(fixAt('<!-- tradecraft-disable-line unsourced-assertion -->').includes('The desk keeps these notes.\n'));
    const narrowed = fixAt('<!-- tradecraft-disable-line unsourced-assertion, weak');
    assert.ok(narrowed.includes(`${unsourced} <!-- tradecraft-disable-line unsourced-assertion -->\n`));
    assert.equal(service.checkAssessment(notesPath, narrowed, { reportUnusedSuppressions: true }).findings.length, 1);
  });
});

describe('unused-source', () => {
  const notes = `# Notes\n\nTwo tugs left the quay [@harbor-log].\n`;

  test('the workspace\'s citations decide, and a source cited again stops being reported', () => {
    const { service, files } = workspace(notes);
    const check = () => service.checkSchema(schemaPath, schema, { citedKeys: service.citedKeysFor(schemaPath) }).findings;
    assert.deepEqual(check().map((f) => [f.code, f.severity, schema.slice(f.span.start, f.span.end)]), [
      ['unused-source', 'hint', 'coast-radio'],
      ['unused-source', 'hint', 'quay-photos'],
    ]);
    files[notesPath] = `${notes}\nA tanker waited offshore [@coast-radio; @quay-photos].\n`;
    assert.deepEqual(check(), []);
  });

  test('nothing is reported while no assessment uses the schema', () => {
    const { service } = memoryWorkspace({ [schemaPath]: schema });
    assert.equal(service.citedKeysFor(schemaPath), undefined);
    assert.deepEqual(service.checkSchema(schemaPath, schema, { citedKeys: service.citedKeysFor(schemaPath) }).findings, []);
  });

  test('the quick fix removes the entry with its comment, and the rest still parses', () => {
    const { service } = workspace(notes);
    const doc = { path: schemaPath, text: schema };
    const actionFor = (key: string) => {
      const at = schema.indexOf(`  ${key}:`) + 2;
      return service.codeActions(doc, { start: at, end: at }).find((a) => a.title === `Remove unused source "${key}"`)!;
    };
    const withoutRadio = applyEdits(schema, actionFor('coast-radio').edits[0].edits);
    assert.equal(withoutRadio, schema.replace('  # review: title from the first line\n  coast-radio:\n    title: "Coast radio transcript"\n    date: 2025-03-02\n', ''));
    const withoutPhotos = applyEdits(schema, actionFor('quay-photos').edits[0].edits);
    assert.equal(withoutPhotos, schema.replace('  quay-photos:\n    title: "Photographs"\n', ''));
    assert.deepEqual(service.checkSchema(schemaPath, withoutPhotos).findings, []);
    const cited = schema.indexOf('harbor-log');
    assert.equal(service.codeActions(doc, { start: cited, end: cited }).length, 0, 'a cited source has no removal');
  });
});
