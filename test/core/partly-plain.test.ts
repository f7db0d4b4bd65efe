// A document only partly in plain Markdown is parsed with its plain stretches
// blanked (partly-plain.ts). Whenever that reading gives an answer, it must be
// the whole parse's parts, field for field, and the model built from it must
// be the one built from the parse; constructs that reach across a blanked
// stretch must make it give none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseMarkdown } from '../../server/src/core/model/parse-markdown.js';
import { markdownPartsOf, partlyPlainParts } from '../../server/src/core/model/partly-plain.js';
import { collectMarkdownParts } from '../../server/src/core/model/prose-blocks.js';
import { fuzzParameters } from '../fuzz/budget.js';
import { markdownPiece } from '../fuzz/generators.js';
import { samplesWorkspace } from '../helpers/features.js';
import { assertSameModelAsParsed } from '../helpers/model.js';

const { service } = samplesWorkspace();
const context = service.loadSchema('/ws/claims-schema.yaml')!.modelContext;

const parsedParts = (text: string) => collectMarkdownParts(parseMarkdown(text), text);

/** A stretch of plain lines: prose with citations, headings, one-line items. */
const plainWord = fc.constantFrom('The', 'council', 'moved', '300', 'barges', 'north.', 'We', 'judge', 'it', 'likely', '“a pause”', 'Brakou', '[@china-dprk-2024, ¶2]', '[@nope]', '[x]', '[y][]', '(see', 'below)', 'x-y', '2025');
const plainText = fc.array(plainWord, { minLength: 1, maxLength: 7 }).map((words) => words.join(' '));
const plainLine = fc.oneof(
  { weight: 5, arbitrary: plainText },
  { weight: 2, arbitrary: plainText.map((t) => `- ${t}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '### '), plainText).map(([h, t]) => h + t) },
);
const plainStretch = fc.array(plainLine, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

/** A stretch with markup, including constructs that reach across blank lines or define links. */
const markedStretch = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(plainText, fc.constantFrom('**bold**', '*it*', '`code`', '[a](https://x.org)', '<b>x</b>', '~~gone~~', '[^1]', 'a@b.org', '&amp;')).map(([t, m]) => `${t} ${m}.`) },
  { weight: 2, arbitrary: fc.constantFrom('```', '~~~', '```\ncode', '<!--', '-->', '<!-- tradecraft-disable-next-line -->', '<div>', '<pre>', '[y]: https://x.org', '[x]: /u "t"', '[^1]: A note.', '    indented code', '  indented text', '> quoted', '> quoted *x*', '1. ordered', '* star item', '- item **b**', '- item\n  continued', 'Title\n===', '***', '---', '| a | b |\n| - | - |\n| 1 | 2 |', '- [ ] task') },
  // What micromark reads by what came before or after: lists that may not interrupt a paragraph (after indented code),
  // HTML lines ending a footnote at the end of the text, carriage returns, odd line separators.
  { weight: 2, arbitrary: fc.constantFrom('\tmake all', '    make all', '3) Third *step*.', '2. Second', '-', '*', '1.', '[^1]: A *note*.\n<br>', '</pre>', '<span>', '\r  It *rested*.', 'A *b*\r\nc', '---\u2028x', 'a\u2029*b*') },
  { weight: 1, arbitrary: fc.array(markdownPiece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join('').replace(/\n\n+/g, '\n')) },
);
const frontMatter = fc.constantFrom('', '---\ntitle: "A view"\n---\n\n', '---\ntitle: "A view"\n---\n', '---\ntags: [a, *b*]\n---\n\n', '---\ntags: [a, *b*]\n---\n', '---\nkey: v\n\nmore: w\n---\n\n', '---\nunclosed: yes\n\n', '--- \nkey: v\n---\n\n', '---\na: b\n---\u2028x\n---\n\n', '---\na: b\n---\rx\n\n');
const partlyPlainDocument = fc
  .tuple(frontMatter, fc.array(fc.oneof({ weight: 3, arbitrary: plainStretch }, { weight: 2, arbitrary: markedStretch }), { minLength: 1, maxLength: 10 }), fc.constantFrom('\n\n', '\n\n\n', ''), fc.constantFrom('', '\n'))
  .map(([front, stretches, gap, end]) => front + stretches.join(gap || '\n\n') + end);

test('a partly plain document read in part has exactly the parts of its whole parse, and the same model', () => {
  let answered = 0;
  let runs = 0;
  fc.assert(
    fc.property(partlyPlainDocument, (text) => {
      runs++;
      const parts = partlyPlainParts(text);
      if (!parts) return;
      answered++;
      assert.deepEqual(parts, parsedParts(text));
      assertSameModelAsParsed(text, context);
    }),
    { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 20 },
  );
  // Both sides are tried: documents read in part, and documents it leaves to the whole parse.
  assert.ok(answered > runs / 10 && answered < runs, `${answered} of ${runs} documents were read in part`);
});

test('whatever the document, its parts are the whole parse’s', () => {
  fc.assert(
    fc.property(partlyPlainDocument, (text) => assert.deepEqual(markdownPartsOf(text), parsedParts(text))),
    { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 5 },
  );
});

test('an assessment with a bold judgment and a linked paragraph is read in part, under the right headings', () => {
  const text = ['# Outlook', '', '## Key Judgments', '', '- We assess with **high** confidence that Brakou will likely resume [@china-dprk-2024, ¶3].', '',
    'The council moved 300 barges north [@nope].', '', '## Detail', '', 'See [the notes](https://x.org) for more.', '', 'It crossed on May 3.', ''].join('\n');
  const parts = partlyPlainParts(text);
  assert.ok(parts, 'a partly plain assessment was parsed whole');
  assert.deepEqual(parts, parsedParts(text));
  assert.deepEqual(parts.blocks.map((b) => [b.kind, b.section]), [
    ['heading', 'Outlook'], ['heading', 'Key Judgments'], ['list-item', 'Key Judgments'], ['paragraph', 'Key Judgments'],
    ['heading', 'Detail'], ['paragraph', 'Detail'], ['paragraph', 'Detail'],
  ]);
});

test('read in part, documents found in review have the whole parse’s parts', () => {
  const cases = {
    'a parsed last stretch with no line feed after it': 'The council moved.\n\n[^1]: A *note*.\n<br>',
    'front matter closed only by a line of `---` between line feeds': '---\na: b\n---\u2028x\n---\n\nThe council\n\nA *b*',
  };
  for (const [what, text] of Object.entries(cases)) {
    assert.ok(partlyPlainParts(text), `${what}: read in part`);
    assert.deepEqual(partlyPlainParts(text), parsedParts(text), what);
  }
});

test('constructs that reach across a plain stretch leave the document to the whole parse', () => {
  const cases = {
    'an open fence': 'Intro *x*.\n\n```\n\nThe council moved.\n\nmore',
    'an HTML comment around a plain stretch': 'Intro *x*.\n\n<!--\n\nThe council moved.\n\n-->',
    'an HTML comment left open before the last plain stretch': 'Intro *x*.\n\n<!--\n\nThe council moved.',
    'a fence left open before the last plain stretch': 'Intro *x*.\n\n~~~\n\nThe council moved.\n',
    'a link definition': 'See [y] here.\n\nThe council [y] moved.\n\n[y]: https://x.org',
    'an item continued after a blank line': '- The council moved.\n\n  It *rested*.\n\nThe end.',
    'unclosed front matter': '---\ntitle: x\n\nThe council moved.\n\nA *b*.',
    // Found in review: each gave parts unlike the whole parse's before it was refused or read as the document ends.
    'indented code before a plain stretch and a list that may not interrupt': '# *Setup*\n\n    make all\n\n## Steps\n\n3) Third *step*.\n',
    'a lone carriage return before an indented stretch': '- The council\n\n\r  It *rested*.\n',
  };
  for (const [what, text] of Object.entries(cases)) {
    assert.equal(partlyPlainParts(text), undefined, what);
    assert.deepEqual(markdownPartsOf(text), parsedParts(text), what);
  }
});
