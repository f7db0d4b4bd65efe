// Actor cards are built while the server is idle, so the first hover on an
// actor reads a card already made: once the workspace is indexed, those of the
// actors its assessments mention; once an open document is checked, those of
// the actors it mentions. Counted through tradecraft/debugStatus, never timed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { createTradecraftService } from '../../server/src/core/service.js';
import { summaryOf } from '../../server/src/core/workspace-index.js';
import type { DebugStatus } from '../../server/src/lsp/debug-status.js';
import { testDiskHost } from '../helpers/disk-host.js';
import { copySamples, copyWorkspace, positionOf, serveDuringSuite, TestClient } from './lsp-client.js';

// A second schema in a folder of its own, with no assessment on disk: the workspace pass has no actor of it to build.
const sideSchema = `sources:
  harbour-log:
    title: "Harbour master's log (invented for this test)"
    file: log.md
    reliability: B
    credibility: 2
actors:
  port-authority:
    name: Port Authority
    kind: organization
    aliases: [the harbour board]
  ferry-union:
    name: Ferry Union
    kind: organization
    aliases: [the ferrymen]
`;
const sideLog = 'The Port Authority closed the north quay on 3 May.\n\nThe Ferry Union asked for the quay to reopen before the summer timetable.\n';

const ws = copyWorkspace(copySamples().dir, { 'side/claims-schema.yaml': sideSchema, 'side/log.md': sideLog });
let client: TestClient;
serveDuringSuite(ws, (started) => (client = started));

const status = () => client.request<DebugStatus>('tradecraft/debugStatus', {});

/** Polls the count of prepared cards until it reaches `atLeast` (the server waits for a pause of 150 ms, then builds in slices). */
async function preparedReaching(atLeast: number): Promise<number> {
  let prepared = (await status()).preparedCards;
  for (let attempt = 0; attempt < 200 && prepared < atLeast; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    prepared = (await status()).preparedCards;
  }
  return prepared;
}

/** The actors the workspace's assessments mention, per schema, as the core finds them: `schema path\0actor key`. */
function actorsMentionedInWorkspace(): Set<string> {
  const service = createTradecraftService(testDiskHost);
  const keys = new Set<string>();
  const assessments = readdirSync(ws.dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.assessment.md'));
  for (const name of assessments) {
    const file = path.join(ws.dir, name);
    const summary = summaryOf(service.analyse({ path: file, text: readFileSync(file, 'utf8') }));
    if (summary.schemaPath) for (const key of summary.actorKeys) keys.add(`${summary.schemaPath}\0${key}`);
  }
  return keys;
}

test('once the workspace is indexed, the cards of the actors its assessments mention are built with no document open; a hover on one builds nothing more', async () => {
  const mentioned = actorsMentionedInWorkspace();
  assert.ok(mentioned.has(`${path.join(ws.dir, 'claims-schema.yaml')}\0china`) && mentioned.size >= 5, `the samples mention China and more: ${[...mentioned]}`);
  const prepared = await preparedReaching(mentioned.size);
  assert.equal(prepared, mentioned.size, 'one card per actor the samples mention, none for the side schema');

  const uri = ws.uri('assessments/hover.assessment.md');
  const text = '# Note\n\nBeijing hosted the talks.\n';
  client.open(uri, text);
  await client.diagnosticsFor(uri);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Beijing', 2) });
  assert.match((hover?.contents as { value: string }).value, /\*\*China\*\* · state/);
  await new Promise((resolve) => setTimeout(resolve, 400));
  assert.equal((await status()).preparedCards, prepared, 'the hover and the document built nothing more: China was built already');
});

test('after an open document is checked and the analyst pauses, the cards of the actors it mentions are built; the hover shows them', async () => {
  const before = await preparedReaching(actorsMentionedInWorkspace().size);
  const uri = ws.uri('side/cards.assessment.md');
  const text = '# Quay\n\nPort Authority staff and the ferrymen met on Monday.\n';
  client.open(uri, text);
  await client.diagnosticsFor(uri);
  const prepared = await preparedReaching(before + 2);
  assert.equal(prepared, before + 2, 'Port Authority and Ferry Union');
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Port Authority', 2) });
  assert.match((hover?.contents as { value: string }).value, /\*\*Port Authority\*\* · organization/);
  assert.equal((await status()).preparedCards, prepared, 'the hover built nothing more');
});
