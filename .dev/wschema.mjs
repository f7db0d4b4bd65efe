import { Worker } from 'node:worker_threads';
const mb = Number(process.argv[3] ?? 0);
const w = new Worker(new URL('./schemacpu-w.ts', import.meta.url), { argv: [process.argv[2]], execArgv: ['--import', 'tsx'], resourceLimits: mb ? { maxYoungGenerationSizeMb: mb } : undefined });
w.on('message', (m) => { console.log('young', mb, m); w.terminate(); });
