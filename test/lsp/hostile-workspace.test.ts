// A hostile workspace through the server: a source linked to a file outside
// is never read (no diagnostic, hover card or "cite a source" shows its text),
// too-deep nesting and a document over the size setting get one note, a
// schema broken mid-edit keeps serving its last good version and says so, and
// files disappearing under the server change nothing but their diagnostics.
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { copyWorkspace, positionOf, serveDuringSuite, TestClient } from './lsp-client.js';

const secret = 'tc-outside-secret: the vault code is 4471';
const outsideDir = realpathSync(mkdtempSync(path.join(tmpdir(), 'tradecraft-outside-')));
writeFileSync(path.join(outsideDir, 'secret.txt'), `${secret}\n`);

const schema = `version: 1
sources:
  brief:
    title: Ministry brief
    file: sources/brief.txt
  leak:
    title: Linked away
    file: sources/leak.txt
actors:
  ministry:
    name: Ministry
    aliases: [the ministry]
`;
const brief = 'On May 3 the ministry said 400 troops had crossed the border.\n';
const assessment = `# Border\n\nThe ministry said 400 troops crossed on May 3 [@brief].\n\nThe note says “the vault code is 4471” [@leak].\n\nThe ministry said the vault code changed on May 9.\n`;

describe('a hostile workspace over LSP', () => {
  const ws = copyWorkspace(outsideDir, {
    'claims-schema.yaml': schema,
    'sources/brief.txt': brief,
    'a.assessment.md': assessment,
  });
  // The copy of outsideDir brought secret.txt along; the workspace must hold only the link to it.
  unlinkSync(ws.file('secret.txt'));
  symlinkSync(path.join(outsideDir, 'secret.txt'), ws.file('sources/leak.txt'));
  let client: TestClient;
  serveDuringSuite(ws, (started) => (client = started));
  after(() => rmSync(outsideDir, { recursive: true, force: true }));

  const everything = () => JSON.stringify(client.notifications);

  test('a source linked outside is source-file-missing, and its text is in no answer', async () => {
    const schemaDiagnostics = await client.diagnosticsFor(ws.uri('claims-schema.yaml'), (d) => d.length > 0);
    const missing = schemaDiagnostics.filter((d) => d.code === 'source-file-missing');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /"sources\/leak.txt" of "leak" leads outside the folder through a symbolic link/);
    const uri = ws.uri('a.assessment.md');
    client.open(uri, assessment);
    await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'unsourced-assertion'));
    const textDocument = { uri };
    const answers = await Promise.all([
      client.request<Hover | null>('textDocument/hover', { textDocument, position: positionOf(assessment, '@leak', 1) }),
      client.request<Hover | null>('textDocument/hover', { textDocument, position: positionOf(assessment, 'ministry said the vault', 1) }),
      client.request<CodeAction[]>('textDocument/codeAction', { textDocument, range: { start: positionOf(assessment, 'The ministry said the vault'), end: positionOf(assessment, 'changed on May 9.') }, context: { diagnostics: [] } }),
      client.request('textDocument/completion', { textDocument, position: positionOf(assessment, 'leak]', 0) }),
    ]);
    const shown = JSON.stringify(answers) + everything();
    assert.doesNotMatch(shown, /tc-outside-secret|vault code is 4471”? ?\(/);
    assert.ok(!shown.includes('tc-outside-secret'), 'the outside file was shown');
  });

  test('20,000 nested quotes get one not-checked note and the rest is checked', async () => {
    const uri = ws.uri('deep.assessment.md');
    client.open(uri, `${'>'.repeat(20_000)} x\n\nThe ministry said on May 3 that 400 troops had crossed.\n`);
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map((d) => d.code), ['not-checked', 'unsourced-assertion']);
    assert.equal(client.process.exitCode, null);
  });

  test('a document over tradecraft.limits.maxDocumentKB gets one note instead of a check', async () => {
    const previous = client.settings;
    client.settings = () => ({ limits: { maxDocumentKB: 1 } });
    client.notify('workspace/didChangeConfiguration', { settings: null });
    try {
      const uri = ws.uri('long.assessment.md');
      client.open(uri, 'The ministry said on May 3 that 400 troops had crossed.\n\n'.repeat(40));
      const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'not-checked');
      assert.match(diagnostics[0].message, /over the size limit of 1 KB \(setting tradecraft\.limits\.maxDocumentKB/);
    } finally {
      client.settings = previous;
      client.notify('workspace/didChangeConfiguration', { settings: null });
    }
  });

  test('a schema with a YAML syntax error mid-edit: assessments keep its last good version, and both say so', async () => {
    const schemaUri = ws.uri('claims-schema.yaml');
    const uri = ws.uri('a.assessment.md');
    client.open(schemaUri, schema, 'yaml');
    const mark = client.mark();
    client.replace(schemaUri, 'actors:\n', 'actors: [\n  "unclosed\n');
    const schemaDiagnostics = await client.diagnosticsFor(schemaUri, (d) => d.some((x) => /until it is fixed, assessments are checked against its last version/.test(x.message)), mark);
    assert.ok(schemaDiagnostics.length > 1);
    client.replace(uri, 'May 9.', 'May 10.');
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'unsourced-assertion'), mark);
    assert.ok(!diagnostics.some((d) => d.code === 'unknown-source'), 'the broken schema lost its sources');
    const status = await client.waitFor('a status saying so', () => client.notifications.slice(mark + 1).find((n) => n.method === 'tradecraft/status' && n.params.uri === uri)?.params);
    assert.match(status.schemaProblem, /YAML syntax error; until it is fixed, this assessment is checked against the last version without one/);
    client.notify('textDocument/didClose', { textDocument: { uri: schemaUri } });
  });

  test('a source that was inside, replaced by a link to a file outside, is refused before it is read again', async () => {
    const uri = ws.uri('a.assessment.md');
    const mark = client.mark();
    unlinkSync(ws.file('sources/brief.txt'));
    symlinkSync(path.join(outsideDir, 'secret.txt'), ws.file('sources/brief.txt'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('sources/brief.txt'), type: 2 }] });
    const schemaDiagnostics = await client.diagnosticsFor(ws.uri('claims-schema.yaml'), (d) => d.filter((x) => x.code === 'source-file-missing').length === 2, mark);
    assert.ok(schemaDiagnostics.some((d) => /"sources\/brief.txt" of "brief" leads outside the folder through a symbolic link/.test(d.message)));
    client.replace(uri, 'May 10.', 'May 11.');
    await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'unsourced-assertion'), mark);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(assessment.replace('May 9.', 'May 11.'), '@brief', 1) });
    assert.ok(!(JSON.stringify(hover) + everything()).includes('tc-outside-secret'), 'the outside file was shown');
  });

  test('a source deleted, then the schema deleted, while an assessment is open', async () => {
    const uri = ws.uri('a.assessment.md');
    const mark = client.mark();
    unlinkSync(ws.file('sources/brief.txt'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('sources/brief.txt'), type: 3 }] });
    const deleted = /"sources\/brief.txt" of "brief" cannot be read: no such file/;
    const schemaDiagnostics = await client.diagnosticsFor(ws.uri('claims-schema.yaml'), (d) => d.some((x) => deleted.test(x.message)), mark);
    assert.equal(schemaDiagnostics.filter((x) => x.code === 'source-file-missing').length, 2);
    const second = client.mark();
    unlinkSync(ws.file('claims-schema.yaml'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('claims-schema.yaml'), type: 3 }] });
    const diagnostics = await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'unknown-source') && d.some((x) => x.code === 'unsourced-assertion'), second);
    assert.ok(diagnostics.length > 0);
    assert.equal(client.process.exitCode, null);
  });
});
