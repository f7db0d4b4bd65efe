// What an analyst sees while typing must be what a fresh check of the same text
// gives: the service re-parses only changed blocks and reuses sentences, and
// its workspace index stands in for a walk of every file. Both are compared
// with fresh services after random edits, finding for finding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createTradecraftService } from '../../server/src/core/service.js';
import { fuzzParameters } from '../fuzz/budget.js';
import { applyEdit, markdownPiece } from '../fuzz/generators.js';
import { samplesWorkspace } from '../helpers/features.js';

const clean = '/ws/assessments/china-dprk-clean.assessment.md';
const draft = '/ws/assessments/china-dprk-draft.assessment.md';
const options = { reportUnusedSuppressions: true };

/** Edits an analyst makes: typing a piece, deleting a stretch, pasting a sentence or a block. */
const editOf = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 60 }),
  insert: fc.oneof(
    markdownPiece,
    fc.constantFrom('a', ' ', '.', '\n', '\n\n', '[^1]', ' [@china-dprk-2024, ¶3]', ' Beijing', ' 12,000 troops', ' will likely', ' “a quoted phrase of some words”'),
    fc.constantFrom('\n\nThe ministry said on May 3 that 400 crew had left.\n\n', '\n\n- A new bullet with North Korea in it.\n', '\n\n[^9]: A new note [@mfa-briefing-2024-10-24, ¶3].\n'),
  ),
});


test('after random edits to a real assessment, the check while typing equals a fresh check', () => {
  const { host, files } = samplesWorkspace();
  fc.assert(
    // An open buffer keeps its parse tree from its first check (editing); a file analysed again keeps it from the second.
    fc.property(fc.constantFrom(clean, draft), fc.boolean(), fc.array(editOf, { minLength: 1, maxLength: 6 }), (file, editing, edits) => {
      const typing = createTradecraftService(host);
      const typingOptions = { ...options, editing };
      let text = files[file];
      typing.analyse({ path: file, text, options: typingOptions });
      for (const edit of edits) {
        text = applyEdit(text, edit);
        const seen = typing.checkAssessment(file, text, typingOptions);
        const fresh = createTradecraftService(host).checkAssessment(file, text, options);
        assert.deepEqual(seen.findings, fresh.findings);
        assert.deepEqual(seen.stats, fresh.stats);
      }
    }),
    { ...fuzzParameters, numRuns: Math.max(8, Math.round(fuzzParameters.numRuns / 5)) },
  );
});

test('an open document keeps its parse tree from its first check: the first keystroke re-parses only the paragraph it touched', () => {
  const { host } = samplesWorkspace();
  const service = createTradecraftService(host);
  const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} says that the harbour office counted ${i + 3} barges on the river.`);
  const text = `# Long draft\n\n${paragraphs.join('\n\n')}\n`;
  const opened = '/ws/assessments/long-draft.assessment.md';
  service.checkAssessment(opened, text, { editing: true });
  assert.equal(service.parseStatsOf(opened)?.mode, 'full');
  const typed = text.replace('Paragraph 6 says', 'Paragraph 6 sayss');
  service.checkAssessment(opened, typed, { editing: true });
  const stats = service.parseStatsOf(opened);
  assert.equal(stats?.mode, 'partial');
  assert.ok(stats.parsedChars < text.length / 4, `parsed ${stats.parsedChars} of ${text.length} characters`);
  // A file the workspace check reads from disk keeps no tree until it is analysed a second time.
  const onDisk = '/ws/assessments/on-disk.assessment.md';
  service.checkAssessment(onDisk, text);
  assert.equal(service.parseStatsOf(onDisk), undefined);
});

/** A workspace change: a new assessment, an edit, a rename or a deletion. */
const workspaceOp = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), name: fc.constantFrom('a', 'b', 'c', 'd'), body: fc.constantFrom('Beijing said nothing.', 'Pyongyang sent troops [@china-dprk-2024, ¶3].', 'No actors here.', 'Moscow and Beijing met [@mfa-briefing-2024-10-24, ¶3].') }),
  fc.record({ kind: fc.constant('edit' as const), name: fc.constantFrom('a', 'b', 'c', 'd', 'clean', 'draft'), body: fc.constantFrom(' Beijing again.', ' Pyongyang moved [@china-dprk-2024, ¶3].', ' [@tg-frontline-2024-11]', ' Nothing new.') }),
  fc.record({ kind: fc.constant('rename' as const), name: fc.constantFrom('a', 'b', 'c', 'd', 'draft'), to: fc.constantFrom('e', 'f') }),
  fc.record({ kind: fc.constant('delete' as const), name: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'clean') }),
);

const pathOf = (name: string) => (name === 'clean' ? clean : name === 'draft' ? draft : `/ws/assessments/${name}.assessment.md`);

test('after random creations, edits, renames and deletions, the workspace index answers as a fresh scan', () => {
  let runs = 0;
  let answered = 0;
  fc.assert(
    fc.property(fc.array(workspaceOp, { minLength: 1, maxLength: 12 }), (ops) => {
      const { host, files } = samplesWorkspace();
      const indexed = createTradecraftService(host);
      // The language server's part: every file is checked on start and again on each file event.
      const checkAll = () => host.listWorkspace!().assessments.forEach((p) => indexed.checkAssessment(p, files[p]));
      checkAll();
      for (const op of ops) {
        const target = pathOf(op.name);
        if (op.kind === 'create') files[target] = `# New\n\n${op.body}\n`;
        else if (op.kind === 'edit' && target in files) files[target] += op.body;
        else if (op.kind === 'rename' && target in files) {
          files[pathOf(op.to)] = files[target];
          delete files[target];
          indexed.forget(target);
          indexed.checkAssessment(pathOf(op.to), files[pathOf(op.to)]);
        } else if (op.kind === 'delete' && target in files) {
          delete files[target];
          indexed.forget(target);
        }
        if ((op.kind === 'create' || op.kind === 'edit') && target in files) indexed.checkAssessment(target, files[target]);
        // Asked between changes too, as hovers are: what the index keeps from one answer to the next must follow them.
        answers(indexed, files);
      }
      const fresh = createTradecraftService(host);
      const expected = answers(fresh, files);
      assert.deepEqual(answers(indexed, files), expected);
      runs++;
      if (expected.card && expected.source.length > 0) answered++;
    }),
    { ...fuzzParameters, numRuns: Math.max(8, Math.round(fuzzParameters.numRuns / 2)) },
  );
  // Never a comparison of empty answers only: most sequences leave assessments that mention the actor and cite the source.
  assert.ok(answered > runs / 2, `${answered} of ${runs} runs had something to compare`);
});

test('an index made from one parse per file answers as the full analysis does', () => {
  const { host, files } = samplesWorkspace({
    '/ws/assessments/extra.assessment.md': '# Extra\n\nPyongyang and Beijing met [@china-dprk-2024, ¶3]. Moscow watched.[^1]\n\n[^1]: A note [@mfa-briefing-2024-10-24, ¶3].\n',
  });
  const indexed = createTradecraftService(host, { indexOnDemand: false });
  for (const p of host.listWorkspace!().assessments) assert.equal(indexed.index({ path: p, text: files[p] }), true);
  const expected = answers(createTradecraftService(host), files);
  assert.ok(expected.card && expected.actor.length > 0 && expected.source.length > 0, JSON.stringify(expected));
  assert.deepEqual(answers(indexed, files), expected);
});

/** What the index serves: the actor card's mention count and the references of an actor and a source, from the schema. */
function answers(service: ReturnType<typeof createTradecraftService>, files: Record<string, string>) {
  const schemaPath = '/ws/claims-schema.yaml';
  const schema = files[schemaPath];
  const doc = { path: schemaPath, text: schema };
  const keyOffset = (key: string) => schema.indexOf(`\n  ${key}:`) + 3;
  const card = service.hover(doc, keyOffset('china'))?.markdown.match(/Mentioned in \d+ of \d+ assessments?/)?.[0];
  const where = (locations: Array<{ path: string; span: { start: number } }>) => locations.map((l) => `${l.path}@${l.span.start}`);
  const found = {
    card,
    actor: where(service.references(doc, keyOffset('north-korea'), false)),
    source: where(service.references(doc, keyOffset('china-dprk-2024'), false)),
  };
  return found;
}
