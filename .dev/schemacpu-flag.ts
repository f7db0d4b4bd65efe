import v8 from 'node:v8';
v8.setFlagsFromString(process.argv[3] ?? '--min-semi-space-size=64');
const { readFileSync } = await import('node:fs');
const { parseClaimsSchema } = await import('../server/src/core/schema/parse-schema.js');
const yaml = readFileSync(process.argv[2] + '/claims-schema.yaml', 'utf8');
const c = process.cpuUsage(); const s = performance.now();
const sc = parseClaimsSchema(yaml);
const u = process.cpuUsage(c);
console.log(((u.user + u.system) / 1000).toFixed(0), (performance.now() - s).toFixed(0));
