// Ranking looks for an actor's names only in sentences whose words could hold
// them. That filter must never drop a sentence the names regex matches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mayName, namesRegex, wordsOf, wordsOfNames } from '../../server/src/core/sources/actor-sentences.js';
import { fuzzParameters } from '../fuzz/budget.js';

const word = fc.constantFrom('the', 'The', 'Harbour', 'harbour', 'Board', 'Boards', 'Council', 'U', 'S', 'Al', 'Nadir', 'Nadirs', 'ministry', 'Ministry', 'x9', 'İstanbul', 'Zürich', 'ΑΣ');
const joiner = fc.constantFrom(' ', '  ', '\n', '.', '. ', '-', '’', "'", "'s ", '’s ', 's ', ', ', '(', ') ', '"', '');
const phrase = fc.array(fc.tuple(word, joiner), { minLength: 1, maxLength: 10 }).map((parts) => parts.map(([w, j]) => w + j).join(''));

test('every sentence the names regex matches passes the word filter', () => {
  fc.assert(
    fc.property(fc.array(phrase.map((p) => p.trim()), { minLength: 1, maxLength: 3 }), phrase, (names, text) => {
      const re = namesRegex(names);
      const needed = wordsOfNames(names);
      if (!re || !needed) return;
      if ([...text.matchAll(re)].length > 0) assert.ok(mayName(new Set(wordsOf(text)), needed), `${JSON.stringify(names)} in ${JSON.stringify(text)}`);
    }),
    { ...fuzzParameters, numRuns: Math.max(2000, fuzzParameters.numRuns) },
  );
});

test('a sentence without one of the words of a name is left out', () => {
  const needed = wordsOfNames(['the Harbour Board'])!;
  assert.equal(mayName(new Set(wordsOf('The board met in the harbour.')), needed), true, 'all three words, in any order: the regex decides');
  assert.equal(mayName(new Set(wordsOf('The Harbour met.')), needed), false);
  assert.equal(mayName(new Set(wordsOf('The Harbour Boards met.')), needed), true, 'a plural of the last word');
  assert.equal(wordsOfNames(['Zürich Council']), undefined, 'a name with a letter outside ASCII is looked for everywhere');
});
