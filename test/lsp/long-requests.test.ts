// References and rename of a key used in hundreds of assessments analyse each
// of them: over a real connection, the server keeps answering other requests
// while they run, reports their progress, and stops when they are cancelled.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node.js';
import type { Location } from 'vscode-languageserver-protocol';
import { copySamples, copyWorkspace, positionOf, serveDuringSuite, TestClient } from './lsp-client.js';

const notes = 600;
const many: Record<string, string> = {};
for (let i = 0; i < notes; i++) {
  many[`assessments/many/note-${String(i).padStart(3, '0')}.assessment.md`] =
    `# Harbour note ${i}\n\nPyongyang sent ${i + 2} more lorries to the quay on day ${i} [@china-dprk-2024, ¶3].\n\nThe berth stayed busy all week.\n`;
}

describe('references and rename over hundreds of assessments', () => {
  const ws = copyWorkspace(copySamples().dir, many);
  let client: TestClient;
  serveDuringSuite(ws, (started) => (client = started));
  const schema = 'claims-schema.yaml';
  const draft = 'assessments/china-dprk-draft.assessment.md';
  const keyAt = (key: string) => ({ textDocument: { uri: ws.uri(schema) }, position: positionOf(ws.read(schema), `  ${key}:`, 2) });
  const progressOf = (token: string) => client.notifications.filter((n) => n.method === '$/progress' && n.params.token === token).map((n) => n.params.value);

  test('the workspace is indexed first', async () => {
    await client.waitFor('the workspace check', () => client.notifications.some((n) => n.method === '$/progress' && n.params.value.kind === 'end') || undefined, 120_000);
    client.open(ws.uri(schema), ws.read(schema), 'yaml');
    client.open(ws.uri(draft), ws.read(draft));
  });

  test('references report progress, let a hover through while they run, and find every use', async () => {
    client.watchProgress('refs');
    const references = client.request<Location[]>('textDocument/references', { ...keyAt('north-korea'), context: { includeDeclaration: false }, workDoneToken: 'refs' });
    let referencesDone = false;
    void references.then(() => (referencesDone = true));
    // Sent right behind the references: a server busy with them to the end would answer it only after them.
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: ws.uri(draft) }, position: positionOf(ws.read(draft), 'Pyongyang', 2) });
    const answeredFirst = !referencesDone;
    assert.ok(hover?.contents.value.includes('North Korea'));
    const found = await references;
    const reports = progressOf('refs').filter((v) => v.kind === 'report').length;
    // Several slices of work, so that the order of the answers says something.
    assert.ok(reports >= 3, `${reports} progress reports`);
    assert.ok(answeredFirst, 'the hover waited for the references');
    assert.equal(new Set(found.filter((l) => l.uri.includes('/many/')).map((l) => l.uri)).size, notes);
    assert.equal(progressOf('refs').at(-1)?.kind, 'end');
  });

  test('a cancelled rename stops and says so, and the server answers the next request', async () => {
    client.watchProgress('rename');
    const cancel = new CancellationTokenSource();
    const rename = client.request('textDocument/rename', { ...keyAt('china-dprk-2024'), newName: 'brief-2024', workDoneToken: 'rename' }, cancel.token);
    await client.waitFor('a progress report', () => progressOf('rename').some((v) => v.kind === 'report') || undefined, 60_000);
    cancel.cancel();
    await assert.rejects(rename, (error: { code?: number }) => error.code === -32800);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: ws.uri(draft) }, position: positionOf(ws.read(draft), 'Pyongyang', 2) });
    assert.ok(hover?.contents.value.includes('North Korea'));
  });
});
