// unused-source over a real connection: workspace-wide, from the start-up
// check, and kept current while an analyst edits an assessment that cites
// (or stops citing) a source; unused suppressions show as hints.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { copyWorkspace, serveDuringSuite, TestClient } from './lsp-client.js';

const schema = 'claims-schema.yaml';
const quay = 'desk/quay.assessment.md';
const unusedKeys = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'unused-source').map((d) => d.message.split('"')[1]);

describe('unused-source in the language server', () => {
  const ws = copyWorkspace(path.resolve(import.meta.dirname, '../fixtures/lsp/unused-sources'));
  let client: TestClient;
  serveDuringSuite(ws, (started) => (client = started));

  test('on start, a source no workspace assessment cites is a hint on its key', async () => {
    const diagnostics = await client.diagnosticsFor(ws.uri(schema), (d) => d.length > 0);
    assert.deepEqual(unusedKeys(diagnostics), ['coast-radio']);
    const hint = diagnostics[0];
    assert.equal(hint.severity, 4);
    assert.equal(ws.read(schema).split('\n')[hint.range.start.line].slice(hint.range.start.character, hint.range.end.character), 'coast-radio');
  });

  test('citing it in an open assessment clears the hint; removing the citation brings it back', async () => {
    client.open(ws.uri(quay), ws.read(quay));
    let mark = client.mark();
    client.replace(ws.uri(quay), 'all day.', 'all day [@coast-radio].');
    await client.diagnosticsFor(ws.uri(schema), (d) => unusedKeys(d).length === 0, mark);
    mark = client.mark();
    client.replace(ws.uri(quay), '[@harbor-log]', '');
    const back = await client.diagnosticsFor(ws.uri(schema), (d) => unusedKeys(d).length > 0, mark);
    assert.deepEqual(unusedKeys(back), ['harbor-log']);
  });

  test('a suppression that silences nothing is a hint in the editor', async () => {
    const mark = client.mark();
    client.replace(ws.uri(quay), '# Quay watch', '# Quay watch <!-- tradecraft-disable-line weak-source -->');
    const diagnostics = await client.diagnosticsFor(ws.uri(quay), (d) => d.some((x) => x.code === 'unused-suppression'), mark);
    const hint = diagnostics.find((d) => d.code === 'unused-suppression')!;
    assert.equal(hint.severity, 4);
    assert.match(hint.message, /"weak-source" silences no finding/);
  });
});
