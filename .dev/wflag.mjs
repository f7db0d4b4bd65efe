import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
if (process.argv[3]) v8.setFlagsFromString(process.argv[3]);
const code = `
const { readFileSync } = require('node:fs');
const yaml = readFileSync(${JSON.stringify(process.argv[2])} + '/claims-schema.yaml', 'utf8');
const s = performance.now();
// emulate: lots of surviving small objects
const out = []; for (const line of yaml.split('\\n')) { out.push({ a: line.slice(0, 5), b: [line.slice(2, 9), { s: 1, e: 2 }], c: { x: line.length } }); }
require('node:worker_threads').parentPort.postMessage((performance.now() - s).toFixed(0) + ' ms ' + out.length);
`;
const w = new Worker(code, { eval: true, resourceLimits: process.argv[4] ? { maxYoungGenerationSizeMb: Number(process.argv[4]) } : undefined });
w.on('message', (m) => { console.log(process.argv[3] ?? 'default', process.argv[4] ?? '', m); w.terminate(); });
