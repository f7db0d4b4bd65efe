// The server never gets between an analyst and their writing: half-typed
// text, a broken schema, binary junk and a huge file all get an answer or a
// message, and the server stays up.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { copySamples, serveDuringSuite, TestClient } from './lsp-client.js';

describe('robustness over LSP', () => {
  const ws = copySamples();
  let client: TestClient;
  serveDuringSuite(ws, (started) => (client = started));

  test('every feature answers at the end of every prefix of the draft, as if typed', async () => {
    const uri = ws.uri('assessments/typing.assessment.md');
    const full = ws.read('assessments/china-dprk-draft.assessment.md');
    client.open(uri, '');
    for (let end = 1; end <= full.length; end += 41) {
      const text = full.slice(0, end);
      client.notify('textDocument/didChange', { textDocument: { uri, version: end + 1 }, contentChanges: [{ text }] });
      const lines = text.split('\n');
      const position = { line: lines.length - 1, character: lines.at(-1)!.length };
      const range = { start: position, end: position };
      const textDocument = { uri };
      await Promise.all([
        client.request<Hover | null>('textDocument/hover', { textDocument, position }),
        client.request('textDocument/completion', { textDocument, position }),
        client.request('textDocument/definition', { textDocument, position }),
        client.request<CodeAction[]>('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }),
        client.request('textDocument/documentSymbol', { textDocument }),
        client.request('textDocument/codeLens', { textDocument }),
      ]);
    }
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
    assert.ok(diagnostics.some((d) => d.code === 'unsourced-assertion'));
    assert.equal(client.process.exitCode, null);
  });

  test('a schema broken mid-edit is a schema-error, and assessments are still checked', async () => {
    const schemaUri = ws.uri('claims-schema.yaml');
    const schema = ws.read('claims-schema.yaml');
    client.open(schemaUri, schema, 'yaml');
    const mark = client.mark();
    client.replace(schemaUri, 'actors:\n', 'actors: [\n  "unclosed\n');
    const diagnostics = await client.diagnosticsFor(schemaUri, (d) => d.some((x) => x.code === 'schema-error'), mark);
    assert.ok(diagnostics.every((d) => d.range.start.line >= 0));
    const draft = ws.uri('assessments/china-dprk-draft.assessment.md');
    await client.diagnosticsFor(draft, (d) => d.some((x) => x.code === 'unsourced-assertion'), mark);
  });

  test('binary junk in an assessment gets an answer, not a crash', async () => {
    const uri = ws.uri('assessments/junk.assessment.md');
    client.open(uri, '\u0000\u0001\uFFFD\uD800 [@\u0000] “unclosed\n'.repeat(200));
    await client.diagnosticsFor(uri);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 6 } });
    assert.ok(hover === null || typeof hover === 'object');
  });

  test('a file over the size limit is refused with one message, and the server stays responsive', async () => {
    const uri = ws.uri('assessments/huge.assessment.md');
    const mark = client.mark();
    client.open(uri, 'The ministry said on March 3 that talks had ended.\n\n'.repeat(120_000));
    const message = await client.waitFor('a warning', () => client.notifications.slice(mark + 1).find((n) => n.method === 'window/showMessage')?.params);
    assert.match(message.message, /does not check huge\.assessment\.md: \d+\.\d MB is over its 5 MB limit/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } }), null);
    assert.ok(!client.notifications.slice(mark + 1).some((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.diagnostics.length > 0));
  });
});
