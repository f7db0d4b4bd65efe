// The long session: one server, the sample draft, 10,000 incremental edits and
// 10,000 hovers. Prints the server's heap (after a collection: it runs with
// --expose-gc) and its cache sizes every 2,000 steps, so anyone can see memory
// settle. Usage: npm run long-session [-- STEPS]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DebugStatus } from '../server/src/lsp/debug-status.js';

const steps = Number(process.argv[2] ?? 10_000);
const root = path.resolve(import.meta.dirname, '..');
const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'tradecraft-long-')));
cpSync(path.join(root, 'samples'), ws, { recursive: true });
const server = spawn(process.execPath, ['--expose-gc', path.join(root, 'dist/tradecraft-lsp.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.listen();

const folder = pathToFileURL(ws).href;
await connection.sendRequest('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'ws' }], capabilities: { workspace: { configuration: true } } });
await connection.sendNotification('initialized', {});
const uri = pathToFileURL(path.join(ws, 'assessments/china-dprk-draft.assessment.md')).href;
let doc = TextDocument.create(uri, 'markdown', 1, (await import('node:fs')).readFileSync(new URL(uri), 'utf8'));
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.getText() } });

const report = async (step: number) => {
  const s = await connection.sendRequest<DebugStatus>('tradecraft/debugStatus', {});
  console.log(`step ${String(step).padStart(6)}: heap ${(s.heapUsedBytes / 1048576).toFixed(1)} MB${s.collected ? ' (after gc)' : ''}, rss ${(s.rssBytes / 1048576).toFixed(1)} MB, analyses ${s.caches.analyses}, timers ${s.caches.timers}, live Timeouts ${s.activeResources.Timeout ?? 0}`);
};
await report(0);
const started = performance.now();
for (let step = 1; step <= steps; step++) {
  // Type a word, then take it back, somewhere in the document: the text stays the same size.
  const offset = (step * 7919) % Math.max(1, doc.getText().length);
  const at = doc.positionAt(offset);
  const change = step % 2 ? { range: { start: at, end: at }, text: 'x ' } : { range: { start: doc.positionAt(offset), end: doc.positionAt(Math.min(offset + 2, doc.getText().length)) }, text: '' };
  doc = TextDocument.update(doc, [change], doc.version + 1);
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt((step * 104729) % doc.getText().length) });
  if (step % 2000 === 0) await report(step);
}
console.log(`${steps} edits and ${steps} hovers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
rmSync(ws, { recursive: true, force: true });
