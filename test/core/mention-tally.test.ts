// "Mentioned in N of M assessments": the tally kept over the workspace index
// counts what a fresh count would, however the entries change; an entry put
// again unchanged (as a workspace check does for every file) changes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MentionTally } from '../../server/src/core/mention-tally.js';
import type { AssessmentSummary } from '../../server/src/core/workspace-index.js';

const summary = (path: string, schemaPath: string | undefined, actors: string[]): AssessmentSummary => ({ path, schemaPath, actorKeys: new Set(actors), citedKeys: new Set() });

function freshCount(entries: Map<string, AssessmentSummary>, schemaPath: string, actor: string): [number, number] {
  const of = [...entries.values()].filter((s) => s.schemaPath === schemaPath);
  return [of.length, of.filter((s) => s.actorKeys.has(actor)).length];
}

test('after random changes (new actors, the same entry again, another schema, gone) the tally equals a fresh count', () => {
  const files = ['a', 'b', 'c', 'd'];
  const actors = ['x', 'y', 'z'];
  const change = fc.record({
    file: fc.constantFrom(...files),
    schema: fc.constantFrom('s1', 's2', undefined),
    actors: fc.subarray(actors),
    gone: fc.boolean(),
  });
  fc.assert(
    fc.property(fc.array(change, { maxLength: 30 }), (changes) => {
      const entries = new Map<string, AssessmentSummary>(files.map((f) => [f, summary(f, 's1', ['x'])]));
      const tally = new MentionTally();
      const count = (schema: string, actor: string) => {
        const counts = tally.of(schema, files, (f) => entries.get(f));
        return [counts.total, counts.mentioning(actor)];
      };
      count('s1', 'x');
      for (const c of changes) {
        if (c.gone) entries.delete(c.file);
        else entries.set(c.file, summary(c.file, c.schema, c.actors));
        tally.changed(c.file);
        for (const schema of ['s1', 's2']) for (const actor of actors) assert.deepEqual(count(schema, actor), freshCount(entries, schema, actor));
      }
    }),
  );
});

test('an actor swapped for another of the same count is counted for the new one', () => {
  const entries = new Map([['a', summary('a', 's1', ['x', 'y'])]]);
  const tally = new MentionTally();
  const of = () => tally.of('s1', ['a'], (f) => entries.get(f));
  assert.equal(of().mentioning('y'), 1);
  entries.set('a', summary('a', 's1', ['x', 'z']));
  tally.changed('a');
  assert.deepEqual([of().mentioning('y'), of().mentioning('z'), of().total], [0, 1, 1]);
});
