// The server bounds its own heaps' growth (heap-growth.ts) whatever starts it:
// the flag is set by the bundle, not by a launcher's arguments, so the plain
// `tradecraft-lsp --stdio` an editor runs has it too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DebugStatus } from '../../server/src/lsp/debug-status.js';
import { heapGrowingPercent } from '../../server/src/lsp/heap-growth.js';
import { copySamples, TestClient } from './lsp-client.js';

test('the server started with no node arguments sets its heap growth factor on itself', async () => {
  const client = await TestClient.start(copySamples().dir);
  try {
    const status = await client.request<DebugStatus>('tradecraft/debugStatus', {});
    assert.deepEqual(status.v8Flags, [`--heap-growing-percent=${heapGrowingPercent}`]);
  } finally {
    await client.stop();
  }
});
