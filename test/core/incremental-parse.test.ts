// The incremental parse must give exactly the tree a full parse gives, after
// any sequence of edits; and it must actually parse less when one block changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createDocumentParser } from '../../server/src/core/model/incremental-parse.js';
import { parseMarkdown } from '../../server/src/core/model/parse-markdown.js';
import { fuzzParameters } from '../fuzz/budget.js';
import { applyEdit, markdownPiece } from '../fuzz/generators.js';

/** Blocks of an assessment, in our own words, with every construct that can reach across blocks. */
const blocks = [
  '---\ntitle: "A test brief"\nschema: ../claims-schema.yaml\n---',
  '# The harbour dispute',
  '## Key Judgments',
  '- We assess with moderate confidence that the council will delay the vote [@brief, ¶2].\n- The port authority reported 40 arrivals in March [@log].',
  '* A second list with another marker.\n* Its second item.',
  '1. Numbered first.\n2. Numbered second.',
  'The ministry said on May 3 that 400 crew had left the yard.[^1] Officials called it “a routine rotation”.',
  'A paragraph that runs\nover two lines without a citation.',
  '> A quoted passage from the log, said by the harbour master.\n> It goes on for a second line.',
  '```\ncode that is not prose\n\nwith a blank line inside\n```',
  '~~~yaml\nkey: value\n~~~',
  '<!-- tradecraft-disable-next-line unsourced-assertion -->',
  '<div>\nraw html block\n</div>',
  '| column | other |\n| --- | --- |\n| a cell | 12 units |',
  '[^1]: The harbour log, entry for May 3 [@log, ¶4].',
  '[^2]: A second note.\n\n    With an indented continuation.',
  '[ref]: https://example.org/report',
  'See [the report][ref] and [another][missing] for more.[^2]',
  '    indented code block',
  '***',
  'Setext heading\n===',
  'Plain closing paragraph with 12,000 tonnes and a “quoted phrase of several words”.',
];

const documentOf = fc.array(fc.constantFrom(...blocks), { minLength: 8, maxLength: 30 }).chain((chosen) =>
  fc.constantFrom('\n\n', '\n\n\n', '\n').map((gap) => chosen.join(gap) + '\n'),
);

/** An edit at a relative place: insert a piece, delete a stretch, or both. */
const editOf = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(markdownPiece, fc.constantFrom(...blocks).map((b) => `\n\n${b}\n\n`), fc.constantFrom('a', ' ', '\n', '\n\n', 'x.', '- ', '[^1]', '[ref]')),
});


test('after any edits, the incremental parse equals a full parse, node for node and position for position', () => {
  fc.assert(
    fc.property(documentOf, fc.array(editOf, { minLength: 1, maxLength: 12 }), (start, edits) => {
      const parser = createDocumentParser();
      let text = start;
      parser.parse(text);
      for (const edit of edits) {
        text = applyEdit(text, edit);
        assert.deepEqual(parser.parse(text), parseMarkdown(text));
      }
    }),
    fuzzParameters,
  );
});

test('typing one character in a long document parses only the blocks around it', () => {
  const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says the yard took ${i * 3} tonnes in week ${i} [@log, ¶${i + 1}].`);
  const text = `# Long brief\n\n${paragraphs.join('\n\n')}\n\n[^1]: A note.\n`;
  const parser = createDocumentParser();
  parser.parse(text);
  assert.equal(parser.stats.mode, 'full');
  const middle = text.indexOf('Paragraph 100 ') + 5;
  const typed = text.slice(0, middle) + 'x' + text.slice(middle);
  assert.deepEqual(parser.parse(typed), parseMarkdown(typed));
  assert.equal(parser.stats.mode, 'partial');
  assert.ok(parser.stats.parsedChars < text.length / 20, `parsed ${parser.stats.parsedChars} of ${typed.length} characters`);
});

test('opening a fence re-parses everything after it, as a full parse would', () => {
  const paragraphs = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the brief.`);
  const text = paragraphs.join('\n\n') + '\n';
  const parser = createDocumentParser();
  parser.parse(text);
  const at = text.indexOf('Paragraph 5 ');
  const fenced = text.slice(0, at) + '```\n' + text.slice(at);
  assert.deepEqual(parser.parse(fenced), parseMarkdown(fenced));
  assert.equal(parser.stats.mode, 'full');
});

test('adding a footnote definition re-parses the whole document: references elsewhere now resolve', () => {
  const paragraphs = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the brief.${i === 3 ? '[^n]' : ''}`);
  const text = paragraphs.join('\n\n') + '\n';
  const parser = createDocumentParser();
  parser.parse(text);
  const withNote = text + '\n[^n]: The note.\n';
  assert.deepEqual(parser.parse(withNote), parseMarkdown(withNote));
  assert.equal(parser.stats.mode, 'full');
});

test('a fence left open in a list item takes in the blank lines after it: such a stretch is parsed with the rest', () => {
  const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of the brief.`);
  const text = `Opening words here.\n\n${paragraphs.join('\n\n')}\n`;
  const parser = createDocumentParser();
  parser.parse(text);
  const edited = text.replace('Opening words here.', '- ~~~');
  assert.deepEqual(parser.parse(edited), parseMarkdown(edited));
});
