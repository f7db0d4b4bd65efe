import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractNumbers, keysContain, matchKeys, numberKeys } from '../../server/src/core/model/numbers.js';
import { maskNonProse } from '../../server/src/core/model/numbers/mask.js';
import type { NumberMention } from '../../server/src/core/model/types.js';

/** `kind:value` of every mention in a text. */
const values = (text: string) => extractNumbers(text).map((m) => `${m.kind}:${m.value}`);
/** The one mention in a text (fails when there is not exactly one). */
function only(text: string): NumberMention {
  const found = extractNumbers(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0];
}

test('spellings of ten thousand compare equal', () => {
  for (const s of ['10,000', '10 000', '10\u00a0000', 'ten thousand', 'Ten Thousand', '10k', '10 thousand']) {
    assert.deepEqual(values(`about ${s} troops`), ['number:10000'], s);
  }
});

test('millions, billions and decimals are exact', () => {
  assert.equal(only('1.5 million').value, '1500000');
  assert.equal(only('1,500,000').value, '1500000');
  assert.equal(only('two million people').value, '2000000');
  assert.equal(only('a thousand men').value, '1000');
  assert.equal(only('1.1 billion').value, '1100000000');
  assert.equal(only('$2bn').value, '2000000000');
  assert.equal(only('3.50 tonnes').value, '3.5');
  assert.equal(only('two hundred and twenty-five').value, '225');
});

test('percentages in every spelling', () => {
  for (const s of ['12 percent', '12%', '12 %', 'twelve per cent', '12 per-cent', 'twelve percent']) {
    const m = only(`rose ${s} last year`);
    assert.deepEqual([m.kind, m.value], ['percent', '12%'], s);
  }
  assert.deepEqual(values('fell eight percent'), ['percent:8%']);
  assert.deepEqual(values('12 percentage points'), ['number:12']);
});

test('dates without a year are month-day', () => {
  for (const s of ['November 12', 'Nov. 12', '12 November', 'Nov 12th', '12th of November', 'the 12th November']) {
    assert.deepEqual(values(`signed on ${s} in the capital`), ['date:11-12'], s);
  }
});

test('dates with a year, months and years', () => {
  for (const s of ['November 12, 2024', '12 Nov 2024', '2024-11-12', 'Nov. 12 2024', '12 November, 2024']) {
    assert.deepEqual(values(`on ${s}.`), ['date:2024-11-12'], s);
  }
  assert.deepEqual(values('in June 2024'), ['date:2024-06']);
  assert.deepEqual(values('since Feb. 2022,'), ['date:2022-02']);
  assert.deepEqual(values('in 2024.'), ['year:2024']);
  assert.deepEqual(values('by mid-2024'), ['year:2024']);
  assert.deepEqual(values('renounced in 1995)'), ['year:1995']);
  assert.deepEqual(values('a 12-point plan'), ['number:12']);
});

test('spans cover the number as written, offset added', () => {
  const text = 'It sent more than 10,000 troops and 1.5 million shells, 12 percent more, on Nov. 12.';
  const found = extractNumbers(text, 100);
  assert.deepEqual(
    found.map((m) => m.text),
    ['10,000', '1.5 million', '12 percent', 'Nov. 12'],
  );
  for (const m of found) assert.equal(text.slice(m.span.start - 100, m.span.end - 100), m.text);
});

test('noise is skipped: small number words, ordinals, locators, identifiers', () => {
  assert.deepEqual(values('One key area is two independent states and three options.'), []);
  assert.deepEqual(values('the first, second and 12th rounds'), []);
  assert.deepEqual(values('as the source says [@china-2024, ¶3] and [@other, p. 4] (pp. 4-5; para 7)[^2]'), []);
  assert.deepEqual(values('F-16 jets, KN-23 missiles, an A320, the 1990s, 5G, at 10:30, see https://x.org/2024/11'), []);
  assert.deepEqual(values('under ICD 203 and UNSCR 2270'), []);
  assert.deepEqual(values('We may 12 things'), ['number:12']);
  assert.deepEqual(values('IN 2024 THE CRISIS'), ['year:2024']);
});

/** Whether a mention in an assessment is satisfied by a source that mentions `source`. */
function satisfied(assessment: string, source: string): boolean {
  const keys = new Set(extractNumbers(source).flatMap(numberKeys));
  return keysContain(keys, only(assessment));
}

test('matching: dates against year-less and full source dates', () => {
  assert.equal(satisfied('November 12, 2024', 'ratified on November 12.'), true);
  assert.equal(satisfied('November 12, 2024', 'on 12 November 2024'), true);
  assert.equal(satisfied('November 12, 2024', 'on November 12, 2023'), false);
  assert.equal(satisfied('Nov. 12', 'on November 12, 2023'), true);
  assert.equal(satisfied('Nov. 13', 'on November 12'), false);
  assert.equal(satisfied('June 2024', 'on June 19, 2024'), true);
  assert.equal(satisfied('June 2024', 'in June 2023'), false);
});

test('matching: years, numbers and percentages', () => {
  assert.equal(satisfied('in 2024', 'on June 19, 2024'), true);
  assert.equal(satisfied('in 2024', 'since June 2024'), true);
  assert.equal(satisfied('in 2024', 'in 2023'), false);
  assert.equal(satisfied('2,000 troops', 'some 2000 troops'), true);
  assert.equal(satisfied('ten thousand', 'more than 10,000'), true);
  assert.equal(satisfied('12%', 'twelve per cent'), true);
  assert.equal(satisfied('12%', 'a 12-point plan'), false);
});

test('matchKeys and numberKeys expose the rules', () => {
  const date = only('November 12, 2024');
  assert.deepEqual(matchKeys(date), ['d:2024-11-12', 'md?:11-12']);
  assert.ok(numberKeys(date).includes('y:2024'));
  assert.deepEqual(matchKeys(only('Nov 12')), ['md:11-12']);
});

test('verification reads small numbers in words both ways, but not a lone "one" or "a single"', () => {
  const small = (text: string) => extractNumbers(text, 0, { small: true }).map((m) => `${m.kind}:${m.value}`);
  assert.deepEqual(small('Five ships left after six months; nine were seized.'), ['number:5', 'number:6', 'number:9']);
  assert.deepEqual(small('one of the ships, a single tanker, one another'), []);
  const keys = new Set(extractNumbers('The navy lost 5 ships in 6 months.', 0, { small: true }).flatMap(numberKeys));
  assert.equal(keysContain(keys, extractNumbers('five ships', 0, { small: true })[0]), true);
  assert.equal(keysContain(keys, extractNumbers('seven ships', 0, { small: true })[0]), false);
});

test('other writers\' spelling: identifiers, currencies with magnitudes, ranges, numeric dates', () => {
  assert.deepEqual(values('Patch CVE-2024-3400, CWE-79 and MS17-010; watch T1566.001.'), []);
  assert.deepEqual(values('US$120m, £3bn, R$100 mil and $1.5 billion'), ['number:120000000', 'number:3000000000', 'number:100000', 'number:1500000000']);
  assert.deepEqual(values('growth of 3.6–4% or 2 to 3 percent'), ['percent:3.6%', 'percent:4%', 'percent:2%', 'percent:3%']);
  assert.deepEqual(values('a cost of $1.5–2 billion'), ['number:1500000000', 'number:2000000000']);
  assert.deepEqual(values('on 13/11/2024, 11/13/2024 and 2024/11/04'), ['date:2024-11-13', 'date:2024-11-13', 'date:2024-11-04']);
  // Day and month cannot be told apart: only the year is claimed.
  assert.deepEqual(values('on 04/11/2024'), ['year:2024']);
});

test('words that are names of an object\'s built-in properties are not numbers', () => {
  // `constructor` in UNITS was true (inherited), so "the constructor" was read as a number.
  assert.deepEqual(values('The constructor moved 40 trucks; toString and valueOf are not figures either.'), ['number:40']);
  assert.deepEqual(extractNumbers('a constructor of twenty-five hundred homes', 0, { small: true }).map((m) => m.value), ['2500']);
});

test('a text without a digit is masked as if every mask had been tried', () => {
  // Only the masks of citations, footnote marks and URLs can match without a digit; the rest are skipped then.
  const piece = fc.constantFrom('[@src-a, ¶]', '[^note]', 'http://x.org/a', 'www.x.org', '¶ ', 'pp. ', 'No. ', '#', 'CVE-', 'MS-', 'KB', 'ICD ', 'unit ', ':', 'three', 'dozen', ' ', 'the', '.', '[', ']', '@');
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 30 }), (parts) => {
      const text = parts.join('').replace(/\d/g, 'x');
      assert.equal(maskNonProse(text, false), maskNonProse(text, true));
    }),
    { numRuns: 500 },
  );
});
