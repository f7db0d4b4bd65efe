// An open document's actor cards are built while the server is idle, so the
// first hover on an actor reads a card already made: counted through
// tradecraft/debugStatus, never timed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import type { DebugStatus } from '../../server/src/lsp/debug-status.js';
import { copySamples, positionOf, serveDuringSuite, TestClient } from './lsp-client.js';

const ws = copySamples();
let client: TestClient;
serveDuringSuite(ws, (started) => (client = started));

const status = () => client.request<DebugStatus>('tradecraft/debugStatus', {});

test('after an open document is checked and the analyst pauses, the cards of the actors it mentions are built; the hover shows them', async () => {
  const uri = ws.uri('assessments/cards.assessment.md');
  const text = '# Spring talks\n\nBeijing and Pyongyang held talks in the spring.\n';
  const before = (await status()).preparedCards;
  client.open(uri, text);
  await client.diagnosticsFor(uri);
  let prepared = before;
  // Polled: the server waits for a pause in requests (150 ms), then builds in slices.
  for (let attempt = 0; attempt < 200 && prepared < before + 2; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    prepared = (await status()).preparedCards;
  }
  assert.equal(prepared, before + 2, 'China and North Korea');
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Beijing', 2) });
  assert.match((hover?.contents as { value: string }).value, /\*\*China\*\* · state/);
  assert.equal((await status()).preparedCards, prepared, 'the hover built nothing more');
});
