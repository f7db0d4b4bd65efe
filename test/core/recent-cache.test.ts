// The memo of claim verdicts, numbers and quotation answers: whatever the
// order of use, the last capacity / 2 distinct keys are kept, never more than
// capacity in all, and a remembered undefined is an answer too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RecentCache } from '../../server/src/core/recent-cache.js';

test('keeps the last capacity / 2 keys used, at most capacity, each with its value', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 6 }), fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 8 })), { maxLength: 100 }), (capacity, steps) => {
      const cache = new RecentCache<number, string>(capacity);
      const used: number[] = [];
      for (const [write, key] of steps) {
        if (write) cache.set(key, `v${key}`);
        else if (cache.get(key) === undefined) continue;
        used.push(key);
        assert.ok(cache.size <= capacity);
      }
      const recent = [...new Set(used.reverse())].slice(0, Math.floor(capacity / 2));
      for (const key of recent) assert.equal(cache.get(key), `v${key}`);
    }),
    { numRuns: 1000 },
  );
});

test('an undefined answer is remembered as one', () => {
  const cache = new RecentCache<string, number | undefined>(4);
  cache.set('none', undefined);
  assert.equal(cache.has('none'), true);
  cache.set('a', 1);
  cache.set('b', 2);
  assert.equal(cache.has('none'), true, 'in the older generation');
  assert.equal(cache.get('none'), undefined);
  cache.set('c', 3);
  assert.equal(cache.has('none'), true, 'copied into the newer one when read');
});
