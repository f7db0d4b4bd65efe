// Rename: a source key changes in the schema and in every citation that spells
// it; an actor key in the schema and every `related` entry. Tests apply the
// edits and read the resulting files.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FileEdits } from '../../../server/src/core/service.js';
import { markedDocument, memoryWorkspace, samplesWorkspace } from '../../helpers/features.js';

const clean = '/ws/assessments/china-dprk-clean.assessment.md';
const draft = '/ws/assessments/china-dprk-draft.assessment.md';
const schemaPath = '/ws/claims-schema.yaml';

/** The sample files after renaming at the ‸ that replaces `needle` in `file`; or the refusal. */
function renamedAt(file: string, needle: string, marked: string, newName: string): Record<string, string> | { error: string } {
  const { service, files } = samplesWorkspace();
  assert.ok(files[file].includes(needle), `sample ${file} no longer holds ${needle}`);
  const { doc, offset } = markedDocument(file, files[file].replace(needle, marked));
  const result = service.rename(doc, offset, newName);
  return 'error' in result ? result : applyAll({ ...files, [file]: doc.text }, result.edits);
}

/** Applies each file's edits to the text they were made for, checking that text and the edits' order. */
function applyAll(files: Record<string, string>, edits: FileEdits[]): Record<string, string> {
  const result = { ...files };
  for (const file of edits) {
    assert.equal(file.text, files[file.path], `edits to ${file.path} are for another text`);
    file.edits.forEach((e, i) => assert.ok(i === 0 || e.span.start >= file.edits[i - 1].span.end, 'edits overlap or are out of order'));
    let text = file.text;
    for (const edit of [...file.edits].reverse()) text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    result[file.path] = text;
  }
  return result;
}

/** The message of a refused prepareRename or rename at the ‸. */
function prepareAt(file: string, needle: string, marked: string) {
  const { service, files } = samplesWorkspace();
  const { doc, offset } = markedDocument(file, files[file].replace(needle, marked));
  return { prepared: service.prepareRename(doc, offset), text: doc.text };
}

function expectFiles(result: Record<string, string> | { error: string }): Record<string, string> {
  assert.ok(!('error' in result), `rename refused: ${(result as { error: string }).error}`);
  return result as Record<string, string>;
}

describe('rename a source', () => {
  test('from a citation: the schema key, every citation and the footnote definition change', () => {
    const files = expectFiles(renamedAt(draft, '[@china-dprk-2024, ¶3]', '[@china-dprk‸-2024, ¶3]', 'brief-2024'));
    assert.match(files[schemaPath], /^ {2}brief-2024:$/m);
    for (const path of [schemaPath, clean, draft]) assert.ok(!files[path].includes('china-dprk-2024'), `${path} still holds the old key`);
    assert.ok(files[clean].includes('[@brief-2024, ¶3]'));
    assert.ok(files[clean].includes('[^1]: See [@brief-2024, ¶8].'));
    assert.ok(files[draft].includes('[@brief-2024, ¶17; @mfa-briefing-2024-10-24, ¶3]'));
    // The typo'd key is another key and stays as it was.
    assert.ok(files[draft].includes('[@china-dprk-204, ¶9]'));
  });

  test('the renamed workspace checks as before: no new unknown sources', () => {
    const files = expectFiles(renamedAt(schemaPath, '  china-dprk-2024:', '  ‸china-dprk-2024:', 'brief-2024'));
    const unknown = (all: Record<string, string>, path: string) => {
      const { service } = memoryWorkspace(all);
      return service.checkAssessment(path, all[path]).findings.filter((f) => f.code === 'unknown-source').map((f) => f.message);
    };
    const before = samplesWorkspace().files;
    assert.deepEqual(unknown(files, clean), []);
    assert.equal(unknown(files, draft).length, 1);
    assert.equal(unknown(files, draft).length, unknown(before, draft).length);
  });

  test("the current document's unsaved text is what gets edited", () => {
    const { service, files } = samplesWorkspace();
    const edited = files[draft].replace('## Analysis', '## Analysis\n\nA new line [@tg-frontline-2024-11, ¶1].');
    const { doc, offset } = markedDocument(draft, edited.replace('[@tg-frontline-2024-11]', '[@tg-‸frontline-2024-11]'));
    const result = service.rename(doc, offset, 'telegram-post');
    assert.ok(!('error' in result), JSON.stringify(result));
    const renamed = applyAll({ ...files, [draft]: doc.text }, result.edits);
    assert.equal(renamed[draft].split('@telegram-post').length - 1, 2);
    assert.match(renamed[schemaPath], /^ {2}telegram-post:$/m);
  });

  test('the same name changes nothing', () => {
    const { service, files } = samplesWorkspace();
    const { doc, offset } = markedDocument(draft, files[draft].replace('[@tg-frontline-2024-11]', '[@tg‸-frontline-2024-11]'));
    assert.deepEqual(service.rename(doc, offset, 'tg-frontline-2024-11'), { edits: [] });
  });
});

describe('rename an actor', () => {
  test('from its schema key: the key and every related entry change, prose keeps its names', () => {
    const files = expectFiles(renamedAt(schemaPath, '  north-korea:', '  north-‸korea:', 'dprk'));
    const before = samplesWorkspace().files;
    assert.match(files[schemaPath], /^ {2}dprk:$/m);
    assert.match(files[schemaPath], /related: \[ukraine, dprk, china, vladimir-putin\]/);
    assert.ok(!/\bnorth-korea\b(?!n)/.test(files[schemaPath]));
    assert.equal(files[clean], before[clean]);
    const { service } = memoryWorkspace(files);
    assert.deepEqual(service.checkSchema(schemaPath, files[schemaPath]).findings, []);
  });

  test('from a related entry', () => {
    const files = expectFiles(renamedAt(schemaPath, 'related: [russia, kim-jong-un', 'related: [russia, kim-‸jong-un', 'kim'));
    assert.match(files[schemaPath], /^ {2}kim:$/m);
    assert.ok(!files[schemaPath].includes('kim-jong-un'));
  });
});

describe('what cannot be renamed', () => {
  test('prepareRename gives the key span and the key as placeholder', () => {
    const { prepared, text } = prepareAt(draft, '[@tg-frontline-2024-11]', '[@tg-front‸line-2024-11]');
    assert.ok('span' in prepared);
    assert.equal(text.slice(prepared.span.start, prepared.span.end), 'tg-frontline-2024-11');
    assert.equal(prepared.placeholder, 'tg-frontline-2024-11');
  });

  test('an actor mention is refused with a pointer to the schema', () => {
    const { prepared } = prepareAt(draft, 'Pyongyang', 'Pyong‸yang');
    assert.ok('error' in prepared);
    assert.match(prepared.error, /claims-schema\.yaml/);
  });

  test('an alias, the bracket, an unknown key, plain prose and no schema are refused', () => {
    const refusals = [
      prepareAt(schemaPath, 'Pyongyang,', 'Pyong‸yang,'),
      prepareAt(draft, '[@tg-frontline-2024-11]', '‸[@tg-frontline-2024-11]'),
      prepareAt(draft, '[@china-dprk-204, ¶9]', '[@china-dprk‸-204, ¶9]'),
      prepareAt(draft, 'Within days', 'With‸in days'),
      prepareAt(draft, '[@tg-frontline-2024-11]', '[@‸'),
    ];
    for (const { prepared } of refusals) assert.ok('error' in prepared && prepared.error.endsWith('.'), JSON.stringify(prepared));
    const { service } = samplesWorkspace();
    const { doc, offset } = markedDocument('/elsewhere/note.assessment.md', 'Beijing said so [@china-dprk-‸2024].\n');
    assert.match((service.prepareRename(doc, offset) as { error: string }).error, /No claims-schema\.yaml/);
    assert.ok('error' in service.rename(doc, offset, 'brief'));
  });

  test('invalid names and names already taken are refused', () => {
    const at = (name: string) => renamedAt(draft, '[@tg-frontline-2024-11]', '[@tg‸-frontline-2024-11]', name);
    for (const name of ['', 'two words', 'trailing-', '-leading', 'a@b', '2024', 'true', 'null']) {
      assert.ok('error' in at(name), `accepted ${JSON.stringify(name)}`);
    }
    assert.match((at('mfa-briefing-2024-10-24') as { error: string }).error, /already has a source "mfa-briefing-2024-10-24"/);
    assert.ok(!('error' in at('tg_2024.11:post')));
    // An actor key may share a source key's name: citations and mentions never mix them.
    assert.ok(!('error' in renamedAt(schemaPath, '  japan:', '  ja‸pan:', 'china-dprk-2024')));
    assert.match((renamedAt(schemaPath, '  japan:', '  ja‸pan:', 'china') as { error: string }).error, /already has an actor "china"/);
  });
});
