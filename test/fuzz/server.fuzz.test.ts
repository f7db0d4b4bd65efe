// The server survives anything a client may send: random incremental edits
// interleaved with every request at random positions (out of range too),
// unknown URIs, stale versions, cancellations and file events on disk. It
// never exits, never answers a valid-shaped request with an internal error,
// never logs a failed check, and its final diagnostics equal a fresh server's
// check of the final text (same settings, same files). A failure prints the
// shrunk sequence of actions; FUZZ_SEED=… replays it. `npm test` runs a few
// sequences; `npm run fuzz` (FUZZ_RUNS=2000) runs many more.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { CancellationTokenSource } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { copyWorkspace, TestClient, type TestWorkspace } from '../lsp/lsp-client.js';
import { fuzzParameters, fuzzRuns } from './budget.js';
import { actions, settingVariants, unopenedAssessments, type Action } from './server-actions.js';

const draft = [
  '---\ntitle: Border crossings\n---\n',
  '# Key judgments\n',
  'We assess with high confidence that the ministry will keep troops at the border [@brief, ¶1; @extra].\n',
  'The ministry said on May 3 that 400 troops had crossed, calling it “a grave step” [@brief].\n',
  '<!-- tradecraft-disable-next-line unsourced-assertion -->\nOfficials reported that 12 convoys left on June 9.\n',
  '- Perhaps the talks will resume.\n- The envoy met 3 officials [^1].\n\n[^1]: [@extra]\n',
].join('\n');

const variants: Record<string, string[]> = {
  'sources/brief.md': [
    'On May 3 the ministry said 400 troops had crossed.\n\nIt called the move “a grave step”.\n',
    'On May 4 the ministry said 300 troops had crossed.\n',
    '\u0000binary\u0000',
  ],
  'sources/extra.md': ['The envoy met 3 officials on June 9.\n', 'Twelve convoys left.\n', ''],
  'claims-schema.yaml': [
    'version: 1\nsources:\n  brief:\n    title: Brief\n    file: sources/brief.md\n  extra:\n    title: Extra\n    file: sources/extra.md\nactors:\n  ministry:\n    name: Ministry\n    aliases: ["the ministry"]\n',
    'version: 1\nsources:\n  brief:\n    title: Brief\n    file: sources/brief.md\n    reliability: E\nactors:\n  envoy:\n    name: Envoy\n    aliases: ["(the envoy)+"]\n',
    'version: 1\nsources:\n  extra:\n    title: Extra\n    file: sources/extra.md\nrules:\n  unsourced-assertion: error\n',
  ],
  // Cites both sources with their numbers, so every schema and source variant changes its findings.
  'assessments/other.assessment.md': [
    'The envoy met 3 officials [@extra]. The ministry said 400 troops had crossed [@brief]. Perhaps talks resume.\n',
    'We judge the talks will fail.\n',
    '',
  ],
  'assessments/new.assessment.md': ['Officials reported that 12 convoys left [@extra].\n', 'The ministry said 300 troops had crossed [@brief].\n', '# Only a heading\n'],
};

const allowedErrors = new Set([-32800 /* RequestCancelled */]);
const refusalMethods = new Set(['textDocument/prepareRename', 'textDocument/rename']);

/** One run: a fresh workspace and server, the actions, then the comparison with a fresh server. */
async function run(sequence: Action[]): Promise<void> {
  const ws = copyWorkspace(emptyFolder(), {
    'claims-schema.yaml': variants['claims-schema.yaml'][0],
    'sources/brief.md': variants['sources/brief.md'][0],
    'sources/extra.md': variants['sources/extra.md'][0],
    'assessments/other.assessment.md': variants['assessments/other.assessment.md'][0],
  });
  const uri = ws.uri('assessments/fuzzed.assessment.md');
  const client = await TestClient.start(ws.dir);
  const answers: Array<Promise<void>> = [];
  let text = draft;
  let version = 1;
  let settings = settingVariants[0];
  try {
    client.open(uri, text);
    // The start-up check of the workspace is done before the first action, so file events meet a settled server.
    await Promise.all([client.diagnosticsFor(uri), client.diagnosticsFor(ws.uri('assessments/other.assessment.md'))]);
    for (const step of sequence) {
      if (step.kind === 'edit') {
        const doc = TextDocument.create(uri, 'markdown', version, text);
        const start = step.at % (text.length + 1);
        const end = Math.min(text.length, start + step.remove);
        const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
        text = text.slice(0, start) + step.insert + text.slice(end);
        // A stale version: the client's numbering went backwards; the text is still what it sent.
        version = step.stale ? Math.max(0, version - 3) : version + 1;
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: step.insert }] });
      } else if (step.kind === 'replace-all') {
        text = step.text;
        client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
      } else if (step.kind === 'file') {
        changeFile(ws, step.file, step.change, step.variant, client);
      } else if (step.kind === 'settings') {
        settings = settingVariants[step.variant];
        client.settings = () => settings;
        client.notify('workspace/didChangeConfiguration', { settings: null });
      } else if (step.kind === 'wait') {
        await client.request('tradecraft/debugStatus', {});
      } else {
        answers.push(send(client, ws, uri, step));
      }
    }
    await Promise.all(answers);
    const enabled = settings.enable !== false;
    const final = await settledDiagnostics(client, uri, text, version, enabled);
    const unopened = unopenedAssessments.map((file) => latestDiagnostics(client, ws.uri(file)));
    assert.equal(client.process.exitCode, null, 'the server exited');
    const failures = client.notifications.filter((n) => n.method === 'window/logMessage' && n.params.type === 1);
    assert.deepEqual(failures.map((n) => n.params.message), [], 'the server logged an error');
    await client.stop();

    const fresh = await TestClient.start(ws.dir, { settings: () => settings });
    try {
      fresh.open(uri, text);
      // Disabled: a fresh server publishes nothing at all, which is what an editor shows as no diagnostics.
      const expected = enabled ? await fresh.diagnosticsFor(uri) : (await quiet(fresh), latestDiagnostics(fresh, uri) ?? []);
      assert.deepEqual(final, expected, `final diagnostics differ from a fresh check of the final text:\n${text}`);
      for (const [i, file] of unopenedAssessments.entries()) {
        // A file deleted by the end, or never created, has no diagnostics in a fresh server either.
        const expectedUnopened = existsSync(ws.file(file)) && enabled ? await fresh.diagnosticsFor(ws.uri(file)) : (latestDiagnostics(fresh, ws.uri(file)) ?? []);
        assert.deepEqual(unopened[i] ?? [], expectedUnopened, `${file}: its diagnostics differ from a fresh check`);
      }
    } finally {
      await fresh.stop();
    }
  } finally {
    if (client.process.exitCode === null && !client.process.killed) client.process.kill();
    ws.dispose();
  }
}

/** Sends one request (cancelled at once if the action says so) and checks its answer is not an error. */
function send(client: TestClient, ws: TestWorkspace, uri: string, step: Exclude<Action, { kind: 'edit' | 'replace-all' | 'file' | 'wait' | 'settings' }>): Promise<void> {
  const target = step.kind === 'workspace-request' ? uri : targetUri(ws, uri, step.target);
  const textDocument = { uri: target };
  let method: string = step.method;
  let params: unknown;
  if (step.kind === 'request') {
    const position = { line: step.line, character: step.character };
    if (step.method === 'textDocument/references') params = { textDocument, position, context: { includeDeclaration: true } };
    else if (step.method === 'textDocument/rename') params = { textDocument, position, newName: step.newName };
    else if (step.method === 'textDocument/codeAction') {
      // The client's diagnostics may be of an older version, with ranges past the end of the text now.
      const stale = latestDiagnostics(client, uri) ?? [];
      params = { textDocument, range: { start: { line: 0, character: 0 }, end: position }, context: { diagnostics: stale } };
    } else params = { textDocument, position };
  } else if (step.kind === 'document-request') {
    if (step.method === 'tradecraft.server.listUnsourced') [method, params] = ['workspace/executeCommand', { command: step.method, arguments: [target] }];
    else if (step.method === 'tradecraft/report') params = { uri: target };
    else params = { textDocument };
  } else {
    if (step.method === 'tradecraft.server.checkWorkspace') [method, params] = ['workspace/executeCommand', { command: step.method, arguments: [] }];
    else if (step.method === 'tradecraft/report (workspace)') [method, params] = ['tradecraft/report', {}];
    else if (step.method === 'workspace/symbol') params = { query: step.query };
    else params = {};
  }
  const cancel = 'cancel' in step && step.cancel ? new CancellationTokenSource() : undefined;
  const answer = cancel ? client.connection.sendRequest(method, params, cancel.token) : client.connection.sendRequest(method, params);
  cancel?.cancel();
  return answer.then(
    () => undefined,
    (error: { code?: number; message?: string }) => {
      if (allowedErrors.has(error.code ?? 0)) return;
      // Rename refuses a place it cannot rename with InvalidRequest and a reason: an answer, not a failure.
      if (refusalMethods.has(method) && error.code === -32600 && error.message) return;
      throw new Error(`${method} ${JSON.stringify(params)} failed: ${error.code} ${error.message}`);
    },
  );
}

function targetUri(ws: TestWorkspace, open: string, target: string): string {
  if (target === 'on-disk') return ws.uri('assessments/other.assessment.md');
  if (target === 'missing') return ws.uri('assessments/nowhere.assessment.md');
  if (target === 'untitled') return 'untitled:Untitled-1';
  return open;
}

/** Changes a file on disk, then tells the server as a file watcher would. */
function changeFile(ws: TestWorkspace, file: string, change: 'write' | 'delete', variant: number, client: TestClient): void {
  let type: number;
  if (change === 'delete') {
    rmSync(ws.file(file), { force: true });
    type = 3;
  } else {
    type = existsSync(ws.file(file)) ? 2 : 1;
    writeFileSync(ws.file(file), variants[file][variant]);
  }
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(file), type }] });
}

/**
 * The diagnostics once the server is quiet: the text is sent once more in
 * full (same text, a new version) and, when Tradecraft is enabled, its check
 * published; then no check is pending.
 */
async function settledDiagnostics(client: TestClient, uri: string, text: string, version: number, enabled: boolean): Promise<Diagnostic[]> {
  const flush = version + 1000;
  client.notify('textDocument/didChange', { textDocument: { uri, version: flush }, contentChanges: [{ text }] });
  if (enabled) {
    await client.waitFor(`diagnostics of version ${flush}`, () => client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === flush), 30_000);
  }
  await quiet(client);
  return latestDiagnostics(client, uri) ?? [];
}

/**
 * Waits until no check is pending: every debounce timer fired (tradecraft/debugStatus
 * says none), twice in a row, so a check that was waiting for the client's
 * answer to workspace/configuration has finished too (the client answers
 * before it reads the first status).
 */
async function quiet(client: TestClient): Promise<void> {
  let idle = 0;
  for (let attempt = 0; attempt < 1000 && idle < 2; attempt++) {
    const status = await client.request<{ caches: { timers: number } }>('tradecraft/debugStatus', {});
    idle = status.caches.timers === 0 ? idle + 1 : 0;
    if (idle === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

function latestDiagnostics(client: TestClient, uri: string): Diagnostic[] | undefined {
  return client.diagnostics.get(uri)?.diagnostics;
}

/** An empty folder to copy the workspace's files into. */
const emptyFolder = (() => {
  let folder: string | undefined;
  return () => (folder ??= mkdtempSync(path.join(tmpdir(), 'tradecraft-fuzz-empty-')));
})();

test('fuzz: the server survives random edits, requests and file events, and ends where a fresh check does', { timeout: 600_000 }, async () => {
  await fc.assert(fc.asyncProperty(actions, run), { ...fuzzParameters, numRuns: Math.max(3, Math.round(fuzzRuns / 20)) });
});
