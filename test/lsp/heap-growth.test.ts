// The server bounds its heaps' growth (heap-growth.ts) while the workspace
// check's workers run, and gives V8 its own factor back when they end. The flag
// is set by the bundle, not by a launcher's arguments, so a plain
// `tradecraft-lsp --stdio` has it too. A workspace too small for workers never
// sets it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DebugStatus } from '../../server/src/lsp/debug-status.js';
import { copySamples, TestClient } from './lsp-client.js';

test('a workspace checked on the main thread leaves V8 its own heap growth factor', async () => {
  const client = await TestClient.start(copySamples().dir);
  try {
    const status = await client.request<DebugStatus>('tradecraft/debugStatus', {});
    assert.deepEqual(status.v8Flags, []);
  } finally {
    await client.stop();
  }
});
