import { readFileSync } from 'node:fs';
import { parseClaimsSchema } from '../server/src/core/schema/parse-schema.js';
import { readPlainYaml } from '../server/src/core/schema/plain-yaml.js';
const yaml = readFileSync(process.argv[2] + '/claims-schema.yaml', 'utf8');
const runs = Number(process.argv[3] ?? 3);
for (let i = 0; i < runs; i++) {
  let s = performance.now(); readPlainYaml(yaml); const a = performance.now() - s;
  s = performance.now(); const sc = parseClaimsSchema(yaml); const b = performance.now() - s;
  console.log('plain', a.toFixed(0), 'schema', b.toFixed(0), sc.actors.size, sc.problems.length);
}
