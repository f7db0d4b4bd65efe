// The standard-term fix rewrites a hedge so the sentence still reads as
// English, or offers nothing; never "Roughly even chance Beijing welcomes…".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { standardRewrite } from '../../../server/src/core/features/action-standard-term.js';

const cases: Array<[written: string, term: string, vocabulary: 'icd-203' | 'phia', atStart: boolean, expected: string | undefined]> = [
  ['Perhaps', 'roughly even chance', 'icd-203', true, 'There is a roughly even chance that'],
  ['Perhaps', 'realistic possibility', 'phia', true, 'There is a realistic possibility that'],
  ['perhaps', 'roughly even chance', 'icd-203', false, undefined],
  ['In all likelihood', 'very likely', 'icd-203', true, 'It is very likely that'],
  ['Conceivably', 'unlikely', 'icd-203', true, 'It is unlikely that'],
  ['Presumably', 'likely', 'icd-203', true, 'probably'],
  ['almost surely', 'almost certainly', 'icd-203', false, 'almost certainly'],
  ['might well', 'likely', 'icd-203', false, 'will probably'],
  ['There is a chance', 'roughly even chance', 'icd-203', true, 'There is a roughly even chance'],
  ['there was some chance', 'realistic possibility', 'phia', false, 'there was a realistic possibility'],
  ['most likely', 'very likely', 'icd-203', false, 'very likely'],
  ['very unlikely', 'highly unlikely', 'phia', false, 'highly unlikely'],
  ['realistic possibility', 'roughly even chance', 'icd-203', false, 'roughly even chance'],
  ['a good chance', 'likely', 'icd-203', false, undefined],
  ['remote chance', 'remote', 'icd-203', false, undefined],
];

for (const [written, term, vocabulary, atStart, expected] of cases) {
  test(`“${written}” → ${expected === undefined ? 'no fix' : `“${expected}”`} (${vocabulary}${atStart ? ', opening a sentence' : ''})`, () => {
    assert.equal(standardRewrite(written, term, vocabulary, atStart), expected);
  });
}
