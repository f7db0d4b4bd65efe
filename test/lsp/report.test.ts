// `tradecraft/report` over a real stdio connection to the built server: the
// same report as the command line's, with every finding a button that names
// its file and line, and unsaved edits shown.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { copySamples, serveDuringSuite, TestClient } from './lsp-client.js';

interface ReportResult {
  title: string;
  styles: string;
  body: string;
  files: number;
}

const draft = 'assessments/china-dprk-draft.assessment.md';

/** The (line, character) of every finding button of one file, in page order. */
function findingButtons(body: string, uri: string): string[] {
  const findings = body.split('<ol class="findings">').slice(1).join('').split('</ol>')[0] ?? '';
  const escapedUri = uri.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return [...findings.matchAll(/<button type="button" class="line reveal" data-target="([^"]*)" data-line="(\d+)" data-character="(\d+)"/g)]
    .filter((m) => m[1] === escapedUri)
    .map((m) => `${m[2]}:${m[3]}`);
}

describe('the report request', () => {
  const ws = copySamples();
  let client: TestClient;
  let diagnostics: Diagnostic[];

  serveDuringSuite(ws, (started) => (client = started));
  before(async () => {
    const mark = client.mark();
    client.open(ws.uri(draft), ws.read(draft));
    diagnostics = await client.diagnosticsFor(ws.uri(draft), (d) => d.length > 0, mark);
  });

  test('for one assessment: its figures, charts and scorecard, every finding a button at its diagnostic', async () => {
    const report = await client.request<ReportResult>('tradecraft/report', { uri: ws.uri(draft) });
    assert.equal(report.files, 1);
    assert.match(report.body, /<title>At a glance<\/title>/);
    assert.match(report.body, /<table class="scorecard">/);
    assert.doesNotMatch(report.body, /<script|\son[a-z]+=/i, 'the server sends no script; the view adds its own');
    const expected = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map((d) => `${d.range.start.line}:${d.range.start.character}`);
    assert.deepEqual(findingButtons(report.body, ws.uri(draft)), expected);
  });

  test('for the workspace: every assessment and schema, with the folder-wide charts', async () => {
    const report = await client.request<ReportResult>('tradecraft/report', {});
    assert.equal(report.files, 5);
    for (const title of ['Coverage per assessment', 'Citations per source', 'Findings by code', 'Actors × assessments']) assert.ok(report.body.includes(`<title>${title}</title>`), title);
  });

  test('shows the unsaved text of an open assessment', async () => {
    const mark = client.mark();
    client.replace(ws.uri(draft), '## What Happened\n', '## What Happened\n\nThe navy moved four frigates to the strait on 2 March.\n');
    await client.diagnosticsFor(ws.uri(draft), (d) => d.length > diagnostics.length, mark);
    const report = await client.request<ReportResult>('tradecraft/report', { uri: ws.uri(draft) });
    assert.match(report.body, /The navy moved four frigates to the strait on 2 March\./);
  });
});
