import { readFileSync } from 'node:fs';
import { parseClaimsSchema } from '../server/src/core/schema/parse-schema.js';
import { createActorMatcher as fresh } from '../server/src/core/model/actor-mentions.js';
import { createActorMatcher as old } from './old-matcher.js';
const dir = process.argv[2];
const schema = parseClaimsSchema(readFileSync(dir + '/claims-schema.yaml', 'utf8'));
const doc = readFileSync(dir + '/big.assessment.md', 'utf8');
const actors = [...schema.actors.values()];
for (let r = 0; r < 3; r++) for (const [name, make] of [['old', old], ['new', fresh]] as const) {
  const s = performance.now(); const m = make(actors); const b = performance.now(); const found = m.find(doc, 0); const e = performance.now();
  console.log(name, 'build', (b - s).toFixed(0), 'find', (e - b).toFixed(1), found.length);
}
