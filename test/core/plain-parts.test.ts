// The workspace index and a check without a document parser (the CLI) read a
// plain document's parts line by line instead of parsing it (plain-parts.ts).
// Whenever it says a document is plain, its parts must be the parse's, field
// for field, and so must the sentences of its model; whatever the document,
// the index's keys must be those of the full analysis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { blankCitations, buildAssessmentModel } from '../../server/src/core/model/build-model.js';
import { indexKeysOf } from '../../server/src/core/model/index-model.js';
import { parseMarkdown } from '../../server/src/core/model/parse-markdown.js';
import { plainMarkdownParts } from '../../server/src/core/model/plain-parts.js';
import { collectMarkdownParts } from '../../server/src/core/model/prose-blocks.js';
import { citedKeysOf } from '../../server/src/core/rules/unused-source.js';
import { segmentSentences } from '../../server/src/core/text/segment-sentences.js';
import { fuzzParameters } from '../fuzz/budget.js';
import { markdownPiece } from '../fuzz/generators.js';
import { samplesWorkspace } from '../helpers/features.js';
import { assertSameModelAsParsed } from '../helpers/model.js';

const { service } = samplesWorkspace();
const context = service.loadSchema('/ws/claims-schema.yaml')!.modelContext;

/** Words of plain prose, actor names and citations, and pieces that are one character away from not being plain. */
const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('The', 'ministry', 'said', 'that', '400', 'troops', 'crossed.', 'We', 'assess', 'with', 'high', 'confidence', '“a', 'grave', 'step”', 'Pyongyang', 'Beijing', 'North', 'Korean', 'Kim', 'U.S.', 'DPRK', '2024', '12,000', '¶3', '(in', 'part)', '#7', 'x-y', 'e.g.', 'Moscow’s', '"quoted"') },
  { weight: 6, arbitrary: fc.constantFrom('[@china-dprk-2024, ¶3]', '[@mfa-briefing-2024-10-24]', '[@nope]', '[see @china-dprk-2024, p. 4; @tg-frontline-2024-11]', '[@', ']', '[', '[x]', '@china-dprk-2024', 'a@b.org', '[@a]:') },
  { weight: 2, arbitrary: fc.constantFrom('*', '_', '**', '`', '<b>', '&amp;', '\\', '~~', '|', '[^1]', '](https://x.org)', '][', '![', 'www.x.org', 'https://x.org', '>', ' ', '  ', '\t', '\u00A0', '\uFEFF', '\r', '\u0000', '\uD800', '😀', '#', '===', '---') },
  { weight: 1, arbitrary: markdownPiece },
);
const lineText = fc.array(word, { minLength: 0, maxLength: 8 }).map((words) => words.join(' '));
const line = fc.oneof(
  { weight: 6, arbitrary: lineText },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('- ', '# ', '## ', '###### ', '####### ', '#', '1. ', '2) ', '* ', '+ ', '> ', '  ', '    ', '-', '- - ', '---', '***', '==='), lineText).map(([prefix, text]) => prefix + text) },
);
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: "An assessment"\ndate: 2024-11-02\n---\n'),
  fc.array(fc.constantFrom('title: x', 'tags: [a, b]', 'key:', '- item', '', '  nested: 1', '...', '--- '), { maxLength: 4 }).map((lines) => ['---', ...lines, '---', ''].join('\n')),
  fc.constant('---\n'),
);
const documentText = fc.tuple(frontMatter, fc.array(line, { maxLength: 24 }), fc.constantFrom('', '\n', '\n\n')).map(([front, lines, end]) => front + lines.join('\n') + end);

/** The keys of the full model, as the workspace index keeps them after a check. */
function fullKeys(text: string) {
  const model = buildAssessmentModel(text, context, { reuseBlocks: false });
  const actorKeys = new Set<string>();
  for (const sentence of model.sentences) for (const mention of sentence.mentions) actorKeys.add(mention.actorKey);
  return { actorKeys, citedKeys: citedKeysOf(model) };
}

test('a document read as plain has exactly the parts of its parse and the same model; the index has the full analysis’s keys', () => {
  let plain = 0;
  let runs = 0;
  fc.assert(
    fc.property(documentText, (text) => {
      runs++;
      const parts = plainMarkdownParts(text);
      if (parts) {
        plain++;
        assert.deepEqual(parts, collectMarkdownParts(parseMarkdown(text), text));
        assertSameModelAsParsed(text, context);
      }
      assert.deepEqual(indexKeysOf(text, context), fullKeys(text));
    }),
    { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 20 },
  );
  // Both sides are tried: plain documents and documents the index must parse. About one in ten of the random
  // documents is plain (114 of 1,200 in one run failed a bound of a tenth): the bound leaves room for chance.
  assert.ok(plain > runs / 40 && plain < runs, `${plain} of ${runs} documents were plain`);
});

test('the bench’s kind of assessment is plain, and what is not plain is refused', () => {
  const assessment = ['---', 'title: "Assessment 3"', 'date: 2025-04-23', '---', '', '# Brakou outlook', '', '## Key Judgments', '',
    '- We assess with high confidence that Pyongyang will likely expand its drones [@china-dprk-2024, ¶3].',
    '- We assess with low confidence that Beijing will probably delay its barges [@nope, ¶1].', '',
    'Kim moved 400 convoys to the eastern port [@mfa-briefing-2024-10-24, ¶2].', '', 'An official called it “a temporary measure” [@china-dprk-2024, ¶5].', ''].join('\n');
  const parts = plainMarkdownParts(assessment);
  assert.ok(parts, 'a plain assessment was refused');
  assert.deepEqual(parts, collectMarkdownParts(parseMarkdown(assessment), assessment));
  assert.equal(parts.frontMatter?.value, 'title: "Assessment 3"\ndate: 2025-04-23');
  assert.deepEqual(parts.headings.map((h) => [h.depth, h.text]), [[1, 'Brakou outlook'], [2, 'Key Judgments']]);
  assert.deepEqual(indexKeysOf(assessment, context), fullKeys(assessment));
  for (const text of ['Some *emphasis*.', 'A [link](https://x.org).', 'A note.[^1]\n\n[^1]: Text.', 'Title\n===', 'Title\n---', '- item\nlazy line', '1. ordered', '    code', '> quote', 'a | b\n--|--', 'Mail x@y.org.', 'Line  \nbreak', 'Tab\there', '---\nkey: v\n']) {
    assert.equal(plainMarkdownParts(text), undefined, JSON.stringify(text));
  }
});

test('the bundled samples index to the same keys as their full analysis', () => {
  const { files } = samplesWorkspace();
  for (const [filePath, text] of Object.entries(files)) {
    if (filePath.endsWith('.assessment.md')) assert.deepEqual(indexKeysOf(text, context), fullKeys(text), filePath);
  }
});

test('blanking citations by slices leaves what blanking them character by character left', () => {
  const blankByCharacter = (prose: string, start: number, spans: Array<{ start: number; end: number }>) => {
    const chars = prose.split('');
    for (const span of spans) for (let i = span.start; i < span.end; i++) chars[i - start] = ' ';
    return chars.join('');
  };
  const span = (length: number) => fc.tuple(fc.nat({ max: length + 4 }), fc.nat({ max: 12 })).map(([from, width]) => ({ start: 100 + from - 2, end: 100 + from - 2 + width }));
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }).chain((prose) => fc.tuple(fc.constant(prose), fc.array(span(prose.length), { maxLength: 4 }))), ([prose, spans]) => {
      const block = { kind: 'paragraph' as const, start: 100, prose, footnotes: [], links: [], textSpans: [] };
      const citations = spans.map((s) => ({ form: 'pandoc' as const, span: s }));
      assert.equal(blankCitations(block, citations), blankByCharacter(prose, 100, spans));
    }),
    { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 20 },
  );
});
