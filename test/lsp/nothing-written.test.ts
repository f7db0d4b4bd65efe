// The server writes nothing: after a session that opens, edits, saves and
// closes files and sends every request and command the server offers, on an
// assessment and on the schema, the workspace is byte-identical (same files,
// bytes and modification times). Edits the server proposes (quick fixes,
// rename) are the editor's to apply; this client declines them all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snapshotTree } from '../helpers/tree-snapshot.js';
import { copySamples, positionOf, TestClient } from './lsp-client.js';

test('a session with every request leaves the workspace byte-identical', async () => {
  const ws = copySamples();
  const before = snapshotTree(ws.dir);
  const client = await TestClient.start(ws.dir);
  try {
    const draftUri = ws.uri('assessments/china-dprk-draft.assessment.md');
    const schemaUri = ws.uri('claims-schema.yaml');
    const draft = ws.read('assessments/china-dprk-draft.assessment.md');
    const schema = ws.read('claims-schema.yaml');
    client.open(draftUri, draft);
    client.open(schemaUri, schema, 'yaml');
    await client.diagnosticsFor(draftUri, (d) => d.length > 0);
    client.replace(draftUri, '\n', '\nThe ministry said on May 3 that 400 troops had crossed.\n');
    for (const [uri, text] of [[draftUri, client.textOf(draftUri)], [schemaUri, schema]] as const) {
      const textDocument = { uri };
      const lines = text.split('\n');
      for (let line = 0; line < lines.length; line += 3) {
        const position = { line, character: Math.min(5, lines[line].length) };
        await Promise.all([
          client.request('textDocument/hover', { textDocument, position }),
          client.request('textDocument/completion', { textDocument, position }),
          client.request('textDocument/definition', { textDocument, position }),
          client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }),
          client.request('textDocument/prepareRename', { textDocument, position }).catch(() => null),
          client.request('textDocument/rename', { textDocument, position, newName: 'renamed-key' }).catch(() => null),
          client.request('textDocument/codeAction', { textDocument, range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, context: { diagnostics: [] } }),
        ]);
      }
      await client.request('textDocument/documentSymbol', { textDocument });
      await client.request('textDocument/codeLens', { textDocument });
      client.notify('textDocument/didSave', { textDocument });
    }
    await client.request('workspace/symbol', { query: '' });
    await client.request('workspace/executeCommand', { command: 'tradecraft.server.listUnsourced', arguments: [draftUri] });
    await client.request('workspace/executeCommand', { command: 'tradecraft.server.checkWorkspace', arguments: [] });
    await client.request('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, '[@', 2) });
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('sources/china-dprk-troops-brief.md'), type: 2 }, { uri: schemaUri, type: 2 }] });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    client.notify('textDocument/didClose', { textDocument: { uri: draftUri } });
    client.notify('textDocument/didClose', { textDocument: { uri: schemaUri } });
    await client.request('workspace/symbol', { query: 'korea' });
  } finally {
    await client.stop();
  }
  try {
    assert.deepEqual(snapshotTree(ws.dir), before);
  } finally {
    ws.dispose();
  }
});
