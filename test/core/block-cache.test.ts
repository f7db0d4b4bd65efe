// Reusing unchanged blocks must give exactly the model a fresh build gives,
// whatever the edit: typing inside a block, adding a block above, deleting one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createActorMatcher } from '../../server/src/core/model/actor-mentions.js';
import { buildAssessmentModel, type ModelContext } from '../../server/src/core/model/build-model.js';
import { parseClaimsSchema } from '../../server/src/core/schema/parse-schema.js';

const samples = path.resolve(import.meta.dirname, '../../samples');
const schema = parseClaimsSchema(readFileSync(path.join(samples, 'claims-schema.yaml'), 'utf8'));
const contextOf = (): ModelContext => ({
  actors: createActorMatcher(schema.actors.values()),
  vocabulary: 'icd-203',
  lookupUrl: (url) => (url.includes('state.gov') ? 'state-dept-2024-11' : undefined),
});

/** The draft edited at many places, each edit applied to the previous text, as typing does. */
function editsOf(text: string): string[] {
  const versions: string[] = [];
  let current = text;
  const at = (fraction: number) => Math.floor(current.length * fraction);
  const edits: Array<(t: string) => string> = [
    (t) => t.slice(0, at(0.5)) + 'x' + t.slice(at(0.5)),
    (t) => t.slice(0, at(0.2)) + '\n\nA new paragraph said on March 3 that 12 ships left Pyongyang [@china-dprk-2024, ¶3].\n\n' + t.slice(at(0.2)),
    (t) => t.replace('## What Happened', '## What Happened Next'),
    (t) => t.slice(0, at(0.7)) + t.slice(at(0.7) + 40),
    (t) => t.replace(/\n\n[^\n]*\n/, '\n\n'),
    (t) => `Preface by Beijing on November 4, 2024.\n\n${t}`,
  ];
  for (const edit of edits) {
    current = edit(current);
    versions.push(current);
  }
  return versions;
}

for (const name of ['china-dprk-draft', 'china-dprk-clean']) {
  test(`${name}: a model built from cached blocks equals a fresh build after every edit`, () => {
    const shared = contextOf();
    const original = readFileSync(path.join(samples, `assessments/${name}.assessment.md`), 'utf8');
    buildAssessmentModel(original, shared);
    for (const version of editsOf(original)) {
      const cached = buildAssessmentModel(version, shared);
      const fresh = buildAssessmentModel(version, contextOf());
      assert.deepEqual(cached.sentences, fresh.sentences);
      assert.deepEqual(cached.headings, fresh.headings);
    }
  });
}
