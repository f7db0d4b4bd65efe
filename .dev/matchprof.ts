import { readFileSync } from 'node:fs';
import { parseClaimsSchema } from '../server/src/core/schema/parse-schema.js';
import { createActorMatcher as fresh } from '../server/src/core/model/actor-mentions.js';
const dir = process.argv[2];
const schema = parseClaimsSchema(readFileSync(dir + '/claims-schema.yaml', 'utf8'));
const actors = [...schema.actors.values()];
(globalThis as any).gc?.();
const s = performance.now(); const m = fresh(actors); console.log('build', (performance.now() - s).toFixed(0));
