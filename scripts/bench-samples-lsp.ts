// Measures the language server as an editor feels it, over a real stdio
// connection to the built binary: from a keystroke (didChange) to fresh
// diagnostics, and from a hover or completion request to its answer.
// Prints figures; asserts nothing. Part of `npm run bench`.
import { existsSync } from 'node:fs';
import { copySamples, positionOf, serverBinary, TestClient } from '../test/lsp/lsp-client.js';
import { shortestPauseMs } from '../server/src/lsp/typing-pause.js';

if (!existsSync(serverBinary)) {
  console.error(`${serverBinary} is missing: run npm run build first.`);
  process.exit(2);
}

const rounds = 100;
const ws = copySamples();
const client = await TestClient.start(ws.dir);
const draft = ws.uri('assessments/china-dprk-draft.assessment.md');

try {
  await measureDocument('sample draft', ws.read('assessments/china-dprk-draft.assessment.md'));
  const large = ws.read('assessments/china-dprk-draft.assessment.md') + ws.read('assessments/china-dprk-clean.assessment.md').replace(/^---[\s\S]*?---\n/, '').repeat(4);
  await measureDocument('draft + clean ×4', large);
} finally {
  await client.stop();
  ws.dispose();
}

async function measureDocument(label: string, text: string): Promise<void> {
  const mark = client.mark();
  client.open(draft, text);
  await client.diagnosticsFor(draft, () => true, mark);
  const typing = await timeKeystrokes();
  const hover = await timeRequests('textDocument/hover', [positionOf(text, 'Pyongyang', 2), positionOf(text, '@china-dprk-2024', 3), positionOf(text, 'likely', 2)]);
  const completion = await timeRequests('textDocument/completion', [positionOf(text, '[@', 2)]);
  console.log(`${label} (${(text.length / 1024).toFixed(1)} KB), ${rounds} rounds each:`);
  console.log(`  keystroke → diagnostics  median ${fmt(typing.median)}  p95 ${fmt(typing.p95)}  (includes the typing pause: the file's recent check time, ≥ ${shortestPauseMs} ms)`);
  console.log(`  hover                    median ${fmt(hover.median)}  p95 ${fmt(hover.p95)}`);
  console.log(`  completion after [@      median ${fmt(completion.median)}  p95 ${fmt(completion.p95)}`);
  client.notify('textDocument/didClose', { textDocument: { uri: draft } });
}

/** One keystroke at a time: type a letter, wait for the diagnostics of that version. */
async function timeKeystrokes(): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const mark = client.mark();
    const typed = i % 2 === 0;
    const start = performance.now();
    client.replace(draft, typed ? 'Beijing has said very little' : 'Beijing has said very littlex', typed ? 'Beijing has said very littlex' : 'Beijing has said very little');
    await client.diagnosticsFor(draft, () => true, mark);
    times.push(performance.now() - start);
  }
  return stats(times);
}

async function timeRequests(method: string, positions: Array<{ line: number; character: number }>): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await client.request(method, { textDocument: { uri: draft }, position: positions[i % positions.length] });
    times.push(performance.now() - start);
  }
  return stats(times);
}

function stats(times: number[]): { median: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)] };
}

function fmt(ms: number): string {
  return `${ms.toFixed(1).padStart(6)} ms`;
}
