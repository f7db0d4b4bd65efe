import { readFileSync } from 'node:fs';
import { parseClaimsSchema } from '../server/src/core/schema/parse-schema.js';
const yaml = readFileSync(process.argv[2] + '/claims-schema.yaml', 'utf8');
const c = process.cpuUsage(); const s = performance.now();
const sc = parseClaimsSchema(yaml);
const u = process.cpuUsage(c);
console.log(((u.user + u.system) / 1000).toFixed(0), (performance.now() - s).toFixed(0));
