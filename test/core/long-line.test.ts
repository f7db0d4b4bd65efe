// A whole document on one line (a paste from a PDF, a minified export) is one
// paragraph of thousands of sentences. It used to take minutes: V8's sentence
// iterator copies the whole string it was given into every segment it yields
// (the segment's `input`), so each step costs the whole paragraph, and
// sentences looked up their citations by scanning the paragraph's. Now the
// segmenter sees the paragraph in windows of a few KB, and the results are the
// same as segmenting it in one piece.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createTradecraftService } from '../../server/src/core/service.js';
import { icuSentences, segmentSentences } from '../../server/src/core/text/segment-sentences.js';
import { fuzzParameters } from '../fuzz/budget.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const inOnePiece = (text: string) => [...segmenter.segment(text)].map(({ index, segment }) => ({ start: index, end: index + segment.length }));

// Pieces that exercise what ICU looks at around a break: terminators, closing
// quotes and brackets, runs of digits and punctuation after a full stop (ICU
// looks past them for a lower-case letter), abbreviations, combining marks.
const piece = fc.oneof(
  fc.constantFrom('. ', '.', '? ', '! ', '." ', '.) ', ' ', '  ', '\n', '\u2029', '"', ')', '(', '1.', '2. ', '...', '\u00a0', '\u3002', '\u0301', '\uFF9E'),
  fc.constantFrom('The', 'the', 'ship', 'Port', 'we', 'A', 'x', '12', '3.5', '$', '-', ',', ';', '—', '“', '”', 'É', 'ß', '😀', '\uD800', '港口', 'U.S.', ' Dr.', ' No.', ' e.g.'),
  fc.string({ maxLength: 4 }),
);
const prose = fc.array(piece, { maxLength: 300 }).map((parts) => parts.join(''));

// Most prose blocks are one sentence, which ICU is not asked about: words
// (any letters, digits, marks and spaces), then at most one run of what may end
// a sentence and what may follow it.
const word = fc.oneof(
  fc.constantFrom('The', 'ship', 'we', '12', ' ', '  ', '\t', ',', '-', '“', '(', '$', 'É', '😀', '港口', '\u00a0', '\u0301'),
  fc.string({ maxLength: 3 }),
);
const ending = fc.array(fc.oneof(fc.constantFrom('.', '!', '?', '"', ')', ' '), fc.constantFrom("'", ']', '\u201D', '\u2019', '\t', '\n', '\u3002', 'a', 'T', '1', '-', '\u061F', '\u203C', '\u0085', '\u2028', '...')), { maxLength: 5 });
const oneSentenceLike = fc.tuple(fc.array(word, { maxLength: 12 }), ending).map(([words, end]) => words.join('') + end.join(''));

describe('a paragraph segmented in windows', () => {
  test('a block ICU would give as one sentence is one sentence without asking it, and any other is asked', () => {
    fc.assert(
      fc.property(oneSentenceLike, (text) => {
        assert.deepEqual(icuSentences(text), inOnePiece(text));
      }),
      { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 50 },
    );
  });

  test('gives the same sentences as in one piece, for windows of any size', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 4, max: 300 }), (text, size) => {
        assert.deepEqual(icuSentences(text, { size }), inOnePiece(text));
      }),
      { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 5 },
    );
  });

  test('a full stop followed by a long run of digits waits for the letter after them', () => {
    const text = `The convoy left. ${'4 7 - , '.repeat(40)}then it turned back. It came home.`;
    assert.deepEqual(icuSentences(text, { size: 16 }), inOnePiece(text));
    assert.equal(icuSentences(text, { size: 16 }).length, 2); // ICU reads "then" as the same sentence
  });

  test('ICU is handed the text of a 1 MB line a bounded number of times, not once per sentence', () => {
    const unit = 'Two ferries waited at the pier on Monday. Crews said the cranes were idle. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    let work = 0; // V8's iterator costs the whole string it was given at every step
    const counting = (slice: string) => {
      const segments = Array.from(segmenter.segment(slice), ({ index, segment }) => ({ index, segment }));
      work += slice.length * segments.length;
      return segments;
    };
    const spans = icuSentences(text, undefined, counting);
    assert.equal(spans.length, 2 * Math.ceil(1_000_000 / unit.length));
    // In one piece this is text.length × 27,000 sentences; in windows, a few hundred per character.
    assert.ok(work < 400 * text.length, `ICU work ${work} for ${text.length} characters`);
  });

  test('abbreviations still join across window edges, reading only the edges of each sentence', () => {
    const text = 'Dr. Lee met Gen. Ross in the U.S. Senate. '.repeat(2_000);
    const sentences = segmentSentences(text);
    assert.equal(sentences.length, 2_000);
    assert.equal(text.slice(sentences[1].start, sentences[1].end), 'Dr. Lee met Gen. Ross in the U.S. Senate.');
  });
});

describe('a 1 MB assessment on one line', () => {
  test('is checked in full: every sentence gets its finding', { timeout: 120_000 }, () => {
    const root = path.resolve('/long-line');
    const schemaPath = path.join(root, 'claims-schema.yaml');
    const files = new Map([
      [schemaPath, 'version: 1\nsources:\n  memo:\n    title: Harbour memo\n    file: memo.md\n'],
      [path.join(root, 'memo.md'), 'The harbour office counted 212 vessels outside the breakwater.\n'],
    ]);
    const service = createTradecraftService({
      readText: (p) => (files.has(p) ? { text: files.get(p)! } : { error: 'no such file' }),
      fileExists: (p) => files.has(p),
    });
    // One cited sentence and one unsourced report per unit: 2 × units sentences, units findings.
    const unit = 'The harbour office counted 212 vessels outside the breakwater [@memo]. Dock workers said that 40 cranes stood idle. ';
    const units = Math.ceil(1_048_576 / unit.length);
    const text = `# Harbour backlog\n\n${unit.repeat(units)}\n`;
    const findings = service.checkAssessment(path.join(root, 'long.assessment.md'), text).findings;
    const unsourced = findings.filter((f) => f.code === 'unsourced-assertion');
    assert.equal(unsourced.length, units);
    assert.equal(text.slice(unsourced.at(-1)!.span.start, unsourced.at(-1)!.span.end), 'Dock workers said that 40 cranes stood idle.');
    assert.deepEqual(findings.filter((f) => f.code === 'not-checked' || f.code === 'number-not-in-source'), []);
  });
});
