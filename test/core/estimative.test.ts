// Every term of both scales, every non-standard hedge and each way of stating
// confidence is found in a sentence: the keyword prefilter in estimative.ts
// must never hide one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEstimative } from '../../server/src/core/model/estimative.js';
import { likelihoodTerms, nonstandardExpressions } from '../../server/src/core/model/estimative-vocabulary.js';

const vocabularies = ['icd-203', 'phia'] as const;

/** A plain spelling of a hedge's pattern: its first alternative of each group. */
const spellingOf = (pattern: string): string => pattern.replace(/\(\?:([^|)]*)[^)]*\)/g, '$1');

test('every likelihood term and hedge of both vocabularies is found, whatever its case', () => {
  for (const vocabulary of vocabularies) {
    const spellings = [
      ...likelihoodTerms(vocabulary).flatMap((t) => [t.term, ...t.variants]).map((s) => (s === 'remote' ? 'is remote' : s)),
      ...nonstandardExpressions(vocabulary).map((h) => spellingOf(h.pattern)),
      'high confidence', 'moderately confident', 'confidence is low',
    ];
    for (const spelling of spellings) {
      for (const written of [spelling, spelling.toUpperCase()]) {
        const found = findEstimative(`The council said ${written} that the vote moves.`, 0, vocabulary);
        assert.ok(found.length > 0, `${vocabulary}: ${written}`);
      }
    }
  }
});

test('a sentence with no likelihood or confidence wording has no estimative mention', () => {
  for (const vocabulary of vocabularies) assert.deepEqual(findEstimative('The ferry left the harbour at noon with forty crew.', 0, vocabulary), []);
});
