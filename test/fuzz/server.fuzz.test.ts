// The server survives anything an editor may send: random incremental edits
// (ranges out of bounds too) interleaved with every request at random
// positions, unknown URIs, stale versions, cancellations and file events; and
// its final diagnostics equal a fresh check of the final text by the core.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { CancellationTokenSource } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { createTradecraftService } from '../../server/src/core/service.js';
import { createDiskHost } from '../../server/src/node/disk-host.js';
import { TextPositions, toDiagnostic } from '../../server/src/lsp/convert.js';
import { copySamples, TestClient } from '../lsp/lsp-client.js';
import { fuzzParameters } from './budget.js';
import { markdownPiece } from './generators.js';

const ws = copySamples();
let client: TestClient;
before(async () => {
  // No time budget: a loaded machine must not turn "the same findings" into "fewer".
  client = await TestClient.start(ws.dir, { settings: () => ({ limits: { timeBudgetMs: 0 } }) });
});
after(async () => {
  await client.stop();
  ws.dispose();
});

const requests = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/prepareRename', 'textDocument/rename', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/documentHighlight'];
const position = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 200 }) });
const action = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), start: position, end: position, text: fc.array(markdownPiece, { maxLength: 6 }).map((p) => p.join('')) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('request' as const), method: fc.constantFrom(...requests), at: position, cancel: fc.boolean(), unknownUri: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stale' as const), text: markdownPiece }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file-event' as const), file: fc.constantFrom('claims-schema.yaml', 'sources/china-dprk-troops-brief.md', 'assessments/nowhere.assessment.md', 'assessments/china-dprk-clean.assessment.md'), type: fc.constantFrom(1, 2, 3) }) },
);

let round = 0;

test('random edits and requests: the server stays up and ends with a fresh check\'s findings', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
      const uri = ws.uri(`assessments/fuzz-${round++}.assessment.md`);
      let doc = TextDocument.create(uri, 'markdown', 1, ws.read('assessments/china-dprk-draft.assessment.md'));
      client.open(uri, doc.getText());
      const pending: Promise<unknown>[] = [];
      const versions = { next: 2 };
      // A last empty edit with a fresh version number: the diagnostics waited for are of the final text.
      for (const step of [...actions, finalEdit]) pending.push(...perform(step, uri, versions, () => doc, (next) => (doc = next)));
      await Promise.all(pending);
      const diagnostics = await finalDiagnostics(uri, doc.version);
      client.notify('textDocument/didClose', { textDocument: { uri } });
      assert.equal(client.process.exitCode, null, 'the server exited');
      assert.deepEqual(diagnostics.map(comparable), freshCheck(doc).map(comparable));
    }),
    { ...fuzzParameters, numRuns: Math.max(5, Math.round(fuzzParameters.numRuns / 4)) },
  );
});

type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

const finalEdit: Action = { kind: 'edit', start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, text: '' };

function perform(step: Action, uri: string, versions: { next: number }, doc: () => TextDocument, setDoc: (next: TextDocument) => void): Promise<unknown>[] {
  if (step.kind === 'edit' || step.kind === 'stale') {
    const range = step.kind === 'edit' ? { start: step.start, end: step.end } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const change = { range: clampNegative(range), text: step.text };
    // A stale version number is sent as the editor had it before; the text still changes, as the protocol says.
    const version = step.kind === 'stale' ? Math.max(1, versions.next - 4) : versions.next++;
    setDoc(TextDocument.update(doc(), [change], version));
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    return [];
  }
  if (step.kind === 'file-event') {
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(step.file), type: step.type }] });
    return [];
  }
  const target = step.unknownUri ? `${uri}.unknown` : uri;
  const params = { textDocument: { uri: target }, position: step.at, range: { start: step.at, end: step.at }, context: { diagnostics: [], includeDeclaration: true }, newName: 'fuzzed' };
  const source = new CancellationTokenSource();
  const answer = client.connection.sendRequest(step.method, params, source.token).catch((error: { code?: number }) => {
    // Cancelled, or a position the protocol calls invalid: an error answer, never a crash.
    if (error.code === undefined) throw error;
  });
  if (step.cancel) source.cancel();
  return [answer];
}

// Negative positions are not valid LSP (they are unsigned); out-of-range positive ones are, and are clamped.
function clampNegative(range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  const fix = (p: { line: number; character: number }) => ({ line: Math.max(0, p.line), character: Math.max(0, p.character) });
  return { start: fix(range.start), end: fix(range.end) };
}

async function finalDiagnostics(uri: string, version: number): Promise<Diagnostic[]> {
  await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  return client.waitFor(`diagnostics of version ${version}`, () => {
    const latest = client.notifications.findLast((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
    return latest?.params.version === version ? latest.params.diagnostics : undefined;
  }, 30_000);
}

function freshCheck(doc: TextDocument): Diagnostic[] {
  const service = createTradecraftService(createDiskHost());
  const path = fileURLToPath(doc.uri);
  const result = service.checkAssessment(path, doc.getText(), { workspaceRoot: ws.dir });
  const positions = new TextPositions(doc.getText());
  return result.findings.map((f) => toDiagnostic(f, positions));
}

function comparable(d: Diagnostic) {
  return { code: d.code, severity: d.severity, message: d.message, range: d.range };
}
