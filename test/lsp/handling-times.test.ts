// tradecraft/debugStatus tells how long the server itself took to answer its
// recent requests, by kind: the bench prints it beside the latency its client
// measured, so that the server's share and the transport's can be told apart.
// Counts and order only; no duration is asserted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { HandlingTimes } from '../../server/src/lsp/handling-times.js';
import type { DebugStatus } from '../../server/src/lsp/debug-status.js';
import { copySamples, positionOf, serveDuringSuite, TestClient } from './lsp-client.js';

const ws = copySamples();
let client: TestClient;
serveDuringSuite(ws, (started) => (client = started));

test('each hover the server answers is counted under "hover", and no other kind is counted before it is asked', async () => {
  const uri = ws.uri('assessments/handling.assessment.md');
  const text = '# Note\n\nBeijing hosted the talks on Tuesday.\n';
  client.open(uri, text);
  await client.diagnosticsFor(uri);
  const before = (await client.request<DebugStatus>('tradecraft/debugStatus', {})).handling;
  assert.equal(before.hover, undefined, 'no hover yet');
  for (let i = 0; i < 3; i++) {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Beijing', 2) });
    assert.ok(hover, 'a card on Beijing');
  }
  const { handling } = await client.request<DebugStatus>('tradecraft/debugStatus', {});
  assert.equal(handling.hover?.n, 3);
  assert.ok(handling.hover.p50Ms >= 0 && handling.hover.p50Ms <= handling.hover.p95Ms && handling.hover.p95Ms <= handling.hover.maxMs, JSON.stringify(handling.hover));
  assert.equal(handling.completion, undefined, 'no completion was asked');
});

test('the summary keeps the newest thousand durations of a kind and reads percentiles by nearest rank', () => {
  const times = new HandlingTimes();
  for (let ms = 1; ms <= 1500; ms++) times.record('hover', ms);
  times.record('completion', 7);
  const { hover, completion } = times.summary();
  assert.deepEqual(hover, { n: 1000, p50Ms: 1000, p95Ms: 1450, maxMs: 1500 }, 'durations 501 to 1500 are kept');
  assert.deepEqual(completion, { n: 1, p50Ms: 7, p95Ms: 7, maxMs: 7 });
});
