// While typing, the prose of a paragraph the incremental parse kept is not built
// again: it is moved with its node. The model must stay exactly what a fresh
// build gives, whatever the edit, above all edits to a heading (the section of
// the blocks below it) and to comments inside a paragraph (suppressions).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { createActorMatcher } from '../../server/src/core/model/actor-mentions.js';
import { buildAssessmentModel, type ModelContext } from '../../server/src/core/model/build-model.js';
import { createDocumentParser } from '../../server/src/core/model/incremental-parse.js';
import { ProseBlockMemo } from '../../server/src/core/model/prose-block-memo.js';
import { collectMarkdownParts } from '../../server/src/core/model/prose-blocks.js';
import { parseClaimsSchema } from '../../server/src/core/schema/parse-schema.js';
import { fuzzParameters } from '../fuzz/budget.js';
import { applyEdit, markdownPiece } from '../fuzz/generators.js';

const samples = path.resolve(import.meta.dirname, '../../samples');
const schema = parseClaimsSchema(readFileSync(path.join(samples, 'claims-schema.yaml'), 'utf8'));
const contextOf = (): ModelContext => ({
  actors: createActorMatcher(schema.actors.values()),
  vocabulary: 'icd-203',
  lookupUrl: (url) => (url.includes('example.org') ? 'china-dprk-2024' : undefined),
});

/** Blocks in our own words, with what a paragraph's prose depends on: headings above, links, comments, containers. */
const blocks = [
  '# Harbour brief',
  '## Key Judgments',
  'We assess with moderate confidence that the council will delay the vote [@china-dprk-2024, ¶2].',
  'The port authority said on May 3 that 400 crew had left <!-- tradecraft-disable-line unsourced-assertion --> the yard.',
  '- Pyongyang moved 12 ships in March.\n- A second item with [a link](https://example.org/report).',
  '> The harbour master said the log was “complete and accurate in every entry”.',
  'A paragraph that runs\nover two lines, naming Beijing.',
  '| column | other |\n| --- | --- |\n| a cell | 12 units |',
  'Closing words with 12,000 tonnes.[^1]',
  '[^1]: The log, entry for May 3 [@china-dprk-2024, ¶4].',
];

const documentOf = fc.array(fc.constantFrom(...blocks), { minLength: 6, maxLength: 20 }).map((chosen) => chosen.join('\n\n') + '\n');

const editOf = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(markdownPiece, fc.constantFrom('a', ' Beijing', '\n\n## New section\n\n', '#', ' <!-- a note -->', '\n\n', '> ', '- ')),
});


test('after random edits, a model built while typing (incremental parse, moved blocks) equals a fresh build', () => {
  fc.assert(
    fc.property(documentOf, fc.array(editOf, { minLength: 1, maxLength: 10 }), (start, edits) => {
      const context = contextOf();
      const parser = createDocumentParser();
      let text = start;
      buildAssessmentModel(text, context, { parser });
      for (const edit of edits) {
        text = applyEdit(text, edit);
        const typed = buildAssessmentModel(text, context, { parser });
        const fresh = buildAssessmentModel(text, contextOf(), { reuseBlocks: false });
        assert.deepEqual(typed.sentences, fresh.sentences);
        assert.deepEqual(typed.headings, fresh.headings);
        assert.deepEqual(typed.suppressions.directives, fresh.suppressions.directives);
        assert.deepEqual(typed.blocks.map((b) => b.count), fresh.blocks.map((b) => b.count));
      }
    }),
    fuzzParameters,
  );
});

test('typing in one paragraph keeps the block objects of the others, moved where they moved', () => {
  const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says the yard took ${i * 3} tonnes <!-- n${i} --> in week ${i}.`);
  const text = `# Brief\n\n${paragraphs.join('\n\n')}\n`;
  const parser = createDocumentParser();
  const memo = new ProseBlockMemo();
  const before = collectMarkdownParts(parser.parse(text), text, memo);
  const at = text.indexOf('Paragraph 20 ') + 4;
  const typed = text.slice(0, at) + 'x' + text.slice(at);
  const after = collectMarkdownParts(parser.parse(typed), typed, memo);
  assert.equal(after.blocks.length, before.blocks.length);
  // Blocks above the change are the very same objects; blocks below are moved by one character.
  for (let i = 1; i <= 20; i++) assert.equal(after.blocks[i], before.blocks[i], `block ${i}`);
  assert.notEqual(after.blocks[21], before.blocks[21]);
  for (let i = 22; i < after.blocks.length; i++) {
    assert.equal(after.blocks[i].prose, before.blocks[i].prose);
    assert.equal(after.blocks[i].start, before.blocks[i].start + 1);
  }
  const fresh = collectMarkdownParts(parser.parse(typed), typed);
  assert.deepEqual(after.blocks.map(({ cacheKey: _, ...block }) => block), fresh.blocks);
  assert.deepEqual(after.htmlComments, fresh.htmlComments);
});
