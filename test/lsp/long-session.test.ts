// A long session leaves nothing behind: after hundreds of documents opened,
// edited, hovered and closed, the server's caches, timers and listeners are
// back where they were, and one document edited a thousand times keeps one
// analysis. Counts, never times. scripts/long-session.ts runs the 10,000-edit
// version and prints the memory figures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DebugStatus } from '../../server/src/lsp/debug-status.js';
import { copySamples, serveDuringSuite, TestClient } from './lsp-client.js';

const ws = copySamples();
let client: TestClient;
serveDuringSuite(ws, (started) => (client = started));

const status = () => client.request<DebugStatus>('tradecraft/debugStatus', {});
const paragraph = 'The ministry said on May 3 that 400 troops had crossed the border. ';

/** The status once no check is pending (debounce timers all fired): polled, never slept on. */
async function quietStatus(): Promise<DebugStatus> {
  for (let attempt = 0; ; attempt++) {
    const current = await status();
    if (current.caches.timers === 0 || attempt > 200) return current;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Waits until every pending check has run: a diagnostics notification for the latest version of each URI. */
async function settled(uri: string, version: number): Promise<void> {
  await client.waitFor(`diagnostics of version ${version}`, () => client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === version));
}

test('documents opened, edited, hovered and closed leave no cache entry, timer or listener behind', async () => {
  const draft = ws.uri('assessments/china-dprk-draft.assessment.md');
  client.open(draft, ws.read('assessments/china-dprk-draft.assessment.md'));
  await client.diagnosticsFor(draft);
  await client.request('workspace/executeCommand', { command: 'tradecraft.server.checkWorkspace', arguments: [] });
  const before = await quietStatus();
  for (let i = 0; i < 120; i++) {
    const uri = ws.uri(`assessments/scratch-${i}.assessment.md`);
    client.open(uri, paragraph);
    for (let edit = 0; edit < 4; edit++) client.replace(uri, edit % 2 ? 'June' : 'May', edit % 2 ? 'May' : 'June');
    client.replace(uri, 'border.', `border ${i}.`);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } });
    await settled(uri, 6);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  }
  await client.request('workspace/symbol', { query: '' });
  const after = await quietStatus();
  assert.deepEqual(after.caches, before.caches, 'a cache grew with closed documents');
  assert.equal(after.openDocuments, before.openDocuments);
  assert.ok((after.activeResources.Timeout ?? 0) <= (before.activeResources.Timeout ?? 0), `timers left running: ${JSON.stringify(after.activeResources)}`);
  assert.equal(after.processListeners, before.processListeners);
});

test('one document edited a thousand times and hovered as often keeps one analysis and no timer', async () => {
  const uri = ws.uri('assessments/long-edit.assessment.md');
  const unopened = await quietStatus();
  client.open(uri, paragraph.repeat(5));
  await settled(uri, 1);
  const first = await quietStatus();
  // Its parse tree is kept from the first check, so the first keystroke re-parses only the block it touched.
  assert.equal(first.caches.parseTrees, unopened.caches.parseTrees + 1);
  let version = 1;
  for (let i = 0; i < 1000; i++) {
    client.replace(uri, i % 2 ? 'June' : 'May', i % 2 ? 'May' : 'June');
    version++;
    if (i % 10 === 0) await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: (i * 7) % 300 } });
  }
  await settled(uri, version);
  const last = await quietStatus();
  assert.equal(last.caches.analyses, first.caches.analyses);
  assert.equal(last.caches.timers, 0);
  assert.ok((last.activeResources.Timeout ?? 0) <= (first.activeResources.Timeout ?? 0) + 1, JSON.stringify(last.activeResources));
});
