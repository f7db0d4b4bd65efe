// The workspace index keeps each file's actor and source keys in a compact
// set: it must answer exactly what a Set of the same keys answers, and keep
// one copy of each key string across files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CompactKeySet, KeyInterner } from '../../server/src/core/compact-key-set.js';
import { compactSummary } from '../../server/src/core/workspace-index.js';

const key = fc.oneof(fc.constantFrom('actor-1', 'actor-10', 'actor-2', 'src-9', 'Src-9', '', 'ä', 'z'), fc.string({ maxLength: 6 }));

test('a compact set answers has, size and iteration as a Set of the same keys does', () => {
  fc.assert(
    fc.property(fc.array(key, { maxLength: 40 }), fc.array(key, { maxLength: 20 }), (keys, probes) => {
      const set = new Set(keys);
      const compact = new CompactKeySet(keys);
      assert.equal(compact.size, set.size);
      for (const probe of [...keys, ...probes]) assert.equal(compact.has(probe), set.has(probe), `has(${JSON.stringify(probe)})`);
      assert.deepEqual(new Set(compact), set);
      assert.deepEqual([...compact.keys()], [...compact.values()]);
      assert.deepEqual([...compact.entries()], [...compact].map((k) => [k, k]));
      const seen: string[] = [];
      compact.forEach((value, again, owner) => {
        assert.equal(value, again);
        assert.equal(owner, compact);
        seen.push(value);
      });
      assert.deepEqual(seen, [...compact]);
    }),
    { numRuns: 2000 },
  );
});

test('summaries put in the index go through one interner: each key and the schema path noted once across files', () => {
  const interner = new KeyInterner();
  // Strings made at run time, as a worker's message or a parse makes them: equal, but separate copies.
  const copy = (text: string) => [...text].join('');
  const first = compactSummary({ path: '/w/a.assessment.md', schemaPath: copy('/w/claims-schema.yaml'), actorKeys: new Set([copy('actor-7')]), citedKeys: new Set([copy('src-3')]) }, interner);
  const second = compactSummary({ path: '/w/b.assessment.md', schemaPath: copy('/w/claims-schema.yaml'), actorKeys: new Set([copy('actor-7'), 'actor-8']), citedKeys: new Set([copy('src-3')]) }, interner);
  assert.deepEqual([...second.actorKeys], ['actor-7', 'actor-8']);
  assert.equal(interner.size, 4);
  assert.ok(second.actorKeys.has('actor-7') && second.citedKeys.has('src-3') && !second.citedKeys.has('src-4'));
  assert.equal(second.schemaPath, first.schemaPath);
});

test('the interner starts again past its capacity, and still answers each key with an equal string', () => {
  const interner = new KeyInterner(3);
  for (const k of ['a', 'b', 'c', 'd', 'a']) assert.equal(interner.intern(k), k);
  assert.ok(interner.size <= 3);
});
