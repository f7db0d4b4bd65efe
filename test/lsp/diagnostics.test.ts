// Diagnostics over a real connection: what an analyst sees while typing, on
// start for the whole workspace, and after the schema, a source or a setting
// changes.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { copySamples, serveDuringSuite, TestClient } from './lsp-client.js';

const draft = 'assessments/china-dprk-draft.assessment.md';
const clean = 'assessments/china-dprk-clean.assessment.md';
const codesOf = (diagnostics: Array<{ code?: unknown }>) => [...new Set(diagnostics.map((d) => String(d.code)))].sort();

describe('diagnostics', () => {
  const ws = copySamples();
  let client: TestClient;
  serveDuringSuite(ws, (started) => (client = started));

  test('the workspace is checked on start, with progress, before anything is opened', async () => {
    const broken = await client.diagnosticsFor(ws.uri('broken-schema/claims-schema.yaml'), (d) => d.length > 0);
    assert.ok(broken.some((d) => d.code === 'schema-error'));
    const cleanDiagnostics = await client.diagnosticsFor(ws.uri(clean));
    assert.deepEqual(cleanDiagnostics, []);
    await client.waitFor('progress end', () => client.notifications.some((n) => n.method === '$/progress' && n.params.value.kind === 'end'));
    const progress = client.notifications.filter((n) => n.method === '$/progress').map((n) => n.params.value);
    assert.equal(progress[0].kind, 'begin');
    assert.match(progress[0].title, /checking workspace/);
    assert.ok(progress.some((p) => p.kind === 'report' && p.percentage === 100));
  });

  test('an opened draft gets every assessment code, with rule docs and ranges on the offending text', async () => {
    const mark = client.mark();
    client.open(ws.uri(draft), ws.read(draft));
    const diagnostics = await client.diagnosticsFor(ws.uri(draft), (d) => d.length > 0, mark);
    assert.deepEqual(codesOf(diagnostics), [
      'forecast-without-likelihood', 'judgment-without-confidence', 'likelihood-with-confidence', 'nonstandard-estimative', 'number-not-in-source', 'quote-not-in-source',
      'single-source-confidence', 'unattributed-quote', 'unknown-source', 'unsourced-assertion', 'weak-source',
    ]);
    const unknown = diagnostics.find((d) => d.code === 'unknown-source')!;
    const line = ws.read(draft).split('\n')[unknown.range.start.line];
    assert.equal(line.slice(unknown.range.start.character, unknown.range.end.character), 'china-dprk-204');
    assert.match(unknown.codeDescription!.href, /docs\/rules\.md#unknown-source$/);
    assert.equal(unknown.data, undefined, 'quick-fix data stays on the server: a long document publishes hundreds per keystroke');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.uri(draft) }, range: unknown.range, context: { diagnostics: [unknown] } });
    const replace = actions.find((a) => a.title.includes('china-dprk-2024'));
    assert.equal(replace?.edit?.changes?.[ws.uri(draft)]?.[0].newText, 'china-dprk-2024', 'the fix comes from the server all the same');
  });

  test('typing re-checks the document: fixing a key clears its finding, a half-typed citation does not crash', async () => {
    const mark = client.mark();
    client.replace(ws.uri(draft), 'china-dprk-204', 'china-dprk-2024');
    const fixed = await client.diagnosticsFor(ws.uri(draft), (d) => !d.some((x) => x.code === 'unknown-source'), mark);
    assert.ok(fixed.length > 0);
    const mark2 = client.mark();
    client.replace(ws.uri(draft), 'Beijing has said very little in public', 'Beijing has said very little in public [@chi');
    const halfTyped = await client.diagnosticsFor(ws.uri(draft), () => true, mark2);
    assert.ok(halfTyped.length > 0);
    assert.equal(client.process.exitCode, null, 'the server is still running');
  });

  test('a burst of keystrokes is checked once it pauses, not once per keystroke', async () => {
    const mark = client.mark();
    const uri = ws.uri(draft);
    // Only the burst's versions count: a publish for the version before it may still arrive after the mark.
    const before = client.version(uri);
    // Ten characters sent at once, as a fast typist's burst arrives: none waits for the server's answer.
    let typed = '';
    for (const letter of 'abcdefghij') {
      client.replace(uri, `Beijing has said${typed}`, `Beijing has said${typed}${letter}`);
      typed += letter;
    }
    const last = client.version(uri);
    const published = () => client.notifications.slice(mark + 1).filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).map((n) => n.params.version as number).filter((version) => version > before);
    await client.waitFor('the last version checked', () => published().includes(last) || undefined);
    // The burst's first keystroke may be checked at once, before the next arrives; the rest wait for the pause.
    assert.ok(published().length <= 2, `checked and published for versions ${published().join(', ')}`);
  });

  test('a status notification carries the sourcing figures of the checked assessment', async () => {
    const status = await client.waitFor('status', () => client.notifications.findLast((n) => n.method === 'tradecraft/status' && n.params.uri === ws.uri(draft))?.params);
    assert.ok(status.assertions > 0 && status.sourcedAssertions < status.assertions);
    assert.equal(status.schemaPath, ws.file('claims-schema.yaml'));
    assert.equal(status.noSchema, false);
  });

  test('an unsaved edit to the open schema re-checks the open assessment', async () => {
    const schemaUri = ws.uri('claims-schema.yaml');
    client.open(schemaUri, ws.read('claims-schema.yaml'), 'yaml');
    const mark = client.mark();
    client.replace(schemaUri, '  tg-frontline-2024-11:', '  tg-frontline-2024-12:');
    const rechecked = await client.diagnosticsFor(ws.uri(draft), (d) => d.some((x) => x.code === 'unknown-source' && x.message.includes('tg-frontline-2024-11')), mark);
    assert.ok(rechecked.length > 0);
    // One sourced assertion fewer: the editor is asked to fetch the code lens again.
    await client.waitFor('a code lens refresh', () => client.notifications.slice(mark + 1).some((n) => n.method === 'workspace/codeLens/refresh'));
    const mark2 = client.mark();
    client.replace(schemaUri, '  tg-frontline-2024-12:', '  tg-frontline-2024-11:');
    await client.diagnosticsFor(ws.uri(draft), (d) => !d.some((x) => x.code === 'unknown-source'), mark2);
  });

  test('a source file changed on disk re-checks the assessments that cite it', async () => {
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'the server asked the client to watch files');
    const source = 'sources/china-dprk-troops-brief.md';
    const original = ws.read(source);
    const about2021 = (d: Array<{ code?: unknown; message: string }>) => d.some((x) => x.code === 'number-not-in-source' && x.message.includes('2021'));
    assert.ok(!about2021(client.diagnostics.get(ws.uri(draft))!.diagnostics), 'the brief has 2021 to begin with');
    const mark = client.mark();
    writeFileSync(ws.file(source), original.replace(/2021/g, '2020'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(source), type: 2 }] });
    await client.diagnosticsFor(ws.uri(draft), about2021, mark);
    const mark2 = client.mark();
    writeFileSync(ws.file(source), original);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(source), type: 2 }] });
    await client.diagnosticsFor(ws.uri(draft), (d) => !about2021(d), mark2);
  });

  test('a severity setting takes effect when the configuration changes', async () => {
    client.settings = () => ({ severity: { 'unsourced-assertion': 'error', 'weak-source': 'off' } });
    const mark = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const diagnostics = await client.diagnosticsFor(ws.uri(draft), (d) => !d.some((x) => x.code === 'weak-source'), mark);
    const unsourced = diagnostics.filter((d) => d.code === 'unsourced-assertion');
    assert.ok(unsourced.length > 0 && unsourced.every((d) => d.severity === 1));
  });

  test('disabling Tradecraft withdraws the diagnostics', async () => {
    client.settings = () => ({ enable: false });
    const mark = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnosticsFor(ws.uri(draft), (d) => d.length === 0, mark);
    client.settings = () => ({});
  });
});

describe('an assessment with no schema above it', () => {
  test('is checked for what needs no schema, and the status says no schema was found', async () => {
    const ws = copySamples();
    const client = await TestClient.start(ws.dir);
    try {
      const uri = `file://${ws.dir}/../lonely-${process.pid}.assessment.md`;
      const loneUri = new URL(uri).href;
      client.open(loneUri, 'Perhaps the talks will fail.\n\nThe ministry said on March 3 that talks had ended.\n');
      const diagnostics = await client.diagnosticsFor(loneUri, (d) => d.length > 0);
      assert.deepEqual(codesOf(diagnostics), ['nonstandard-estimative', 'unsourced-assertion']);
      const status = await client.waitFor('status', () => client.notifications.find((n) => n.method === 'tradecraft/status' && n.params.uri === loneUri)?.params);
      assert.equal(status.noSchema, true);
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
});

describe('a client that cannot be asked for settings (Neovim 0.7)', () => {
  test('settings pushed with didChangeConfiguration apply, and so do initialization options', async () => {
    const ws = copySamples();
    const client = await TestClient.start(ws.dir, {
      capabilities: { workspace: { configuration: false } },
      initializationOptions: { settings: { severity: { 'weak-source': 'error' } } },
    });
    try {
      const uri = ws.uri(draft);
      const fromInit = await client.diagnosticsFor(uri, (d) => d.length > 0);
      assert.ok(fromInit.some((d) => d.code === 'weak-source' && d.severity === 1), 'initialization options apply');
      const mark = client.mark();
      client.notify('workspace/didChangeConfiguration', { settings: { tradecraft: { severity: { 'weak-source': 'off' } } } });
      await client.diagnosticsFor(uri, (d) => d.length > 0 && !d.some((x) => x.code === 'weak-source'), mark);
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
});
