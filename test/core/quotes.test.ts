import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotations } from '../../server/src/core/model/quotes.js';

const quoted = (text: string) => findQuotations(text, 0).map((q) => q.text);

test('single curly quotation marks (British house style) are quotations, apostrophes are not', () => {
  assert.deepEqual(quoted('The minister called the cuts ‘a necessary evil for Britain’s future’.'), ['a necessary evil for Britain’s future']);
  assert.deepEqual(quoted('Russia’s troops don’t move, and the ’90s are over.'), []);
  assert.deepEqual(quoted('He said “no deal” and then ‘no comment’.'), ['no deal', 'no comment']);
});
