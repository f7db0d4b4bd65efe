// Every editor feature over a real stdio connection to the built server, on a
// copy of the samples: each answer is checked the way a user would see it,
// and every edit is applied to the text and checked again.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { CodeAction, CodeLens, CompletionItem, DocumentSymbol, Hover, Location, WorkspaceEdit, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { applyTextEdits, applyWorkspaceEdit, copySamples, positionOf, serveDuringSuite, TestClient } from './lsp-client.js';

const draft = 'assessments/china-dprk-draft.assessment.md';
const clean = 'assessments/china-dprk-clean.assessment.md';
const markdownOf = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? '';

describe('editor features over LSP', () => {
  const ws = copySamples();
  let client: TestClient;
  let text: string;
  const at = (find: string, plus = 1) => ({ textDocument: { uri: ws.uri(draft) }, position: positionOf(text, find, plus) });

  serveDuringSuite(ws, (started) => (client = started));
  before(async () => {
    text = ws.read(draft);
    const mark = client.mark();
    client.open(ws.uri(draft), text);
    await client.diagnosticsFor(ws.uri(draft), (d) => d.length > 0, mark);
  });

  test('hover on an actor shows its card with a source sentence and paragraph', async () => {
    const hover = await client.request<Hover>('textDocument/hover', at('Pyongyang, mutual defense'));
    const markdown = markdownOf(hover);
    assert.match(markdown, /North Korea/);
    assert.match(markdown, /¶\d+/);
    assert.match(markdown, /China and North Korean troops in Russia/);
  });

  test('hover on a citation shows the source, its grades and the cited passage', async () => {
    const markdown = markdownOf(await client.request<Hover>('textDocument/hover', at('@china-dprk-2024, ¶9]', 3)));
    assert.match(markdown, /China and North Korean troops in Russia \(source brief\)/);
    assert.match(markdown, /usually reliable/i);
    assert.match(markdown, /¶9/);
  });

  test('hover on an estimative term shows its probability band', async () => {
    const markdown = markdownOf(await client.request<Hover>('textDocument/hover', at('likely to keep repeating', 2)));
    assert.match(markdown, /55–80/);
  });

  test('completion after [@ lists the sample sources and its edit completes the key', async () => {
    text = client.replace(ws.uri(draft), "## Beijing's Line", "Troops moved [@mf\n\n## Beijing's Line");
    const items = await client.request<CompletionItem[]>('textDocument/completion', at('[@mf', 4));
    assert.deepEqual(items.map((i) => i.label).sort(), ['china-dprk-2024', 'mfa-briefing-2024-10-24', 'state-dept-2024-11', 'tg-frontline-2024-11']);
    const mfa = items.find((i) => i.label === 'mfa-briefing-2024-10-24')!;
    const edit = mfa.textEdit as { range: Location['range']; newText: string };
    assert.ok(applyTextEdits(text, [edit]).includes('Troops moved [@mfa-briefing-2024-10-24\n'));
    text = client.replace(ws.uri(draft), "Troops moved [@mf\n\n## Beijing's Line", "## Beijing's Line");
    // The next tests read this version's diagnostics: a check of the half-typed one may publish first.
    await client.diagnosticsOfVersion(ws.uri(draft));
  });

  test('definition of a citation with ¶n goes to that paragraph of the source file', async () => {
    const locations = await client.request<Location[]>('textDocument/definition', at('@china-dprk-2024, ¶9]', 3));
    const target = locations.find((l) => l.uri === ws.uri('sources/china-dprk-troops-brief.md'));
    assert.ok(target, JSON.stringify(locations));
    const sourceLines = ws.read('sources/china-dprk-troops-brief.md').split('\n');
    assert.ok(sourceLines[target.range.start.line].trim().length > 0);
  });

  test('definition of an actor goes to its entry in the schema', async () => {
    const locations = await client.request<Location[]>('textDocument/definition', at('Pyongyang, mutual defense'));
    assert.equal(locations[0].uri, ws.uri('claims-schema.yaml'));
    assert.equal(ws.read('claims-schema.yaml').split('\n')[locations[0].range.start.line].trim(), 'north-korea:');
  });

  test('references of a source span both assessments and the schema', async () => {
    const locations = await client.request<Location[]>('textDocument/references', { ...at('@china-dprk-2024, ¶9]', 3), context: { includeDeclaration: true } });
    const uris = new Set(locations.map((l) => l.uri));
    assert.ok(uris.has(ws.uri(draft)) && uris.has(ws.uri(clean)) && uris.has(ws.uri('claims-schema.yaml')), [...uris].join('\n'));
  });

  test('rename of a source key edits the schema and every citation of it', async () => {
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', at('@china-dprk-2024, ¶9]', 3));
    assert.equal(prepared.placeholder, 'china-dprk-2024');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at('@china-dprk-2024, ¶9]', 3), newName: 'brief-2024' });
    const schema = applyWorkspaceEdit(ws.read('claims-schema.yaml'), edit, ws.uri('claims-schema.yaml'));
    const cleanText = applyWorkspaceEdit(ws.read(clean), edit, ws.uri(clean));
    const draftText = applyWorkspaceEdit(text, edit, ws.uri(draft));
    assert.match(schema, /^ {2}brief-2024:$/m);
    for (const renamed of [cleanText, draftText]) {
      assert.ok(renamed.includes('[@brief-2024') && !renamed.includes('@china-dprk-2024,'));
    }
  });

  test('rename refuses prose that is not a key, with a reason', async () => {
    await assert.rejects(client.request('textDocument/prepareRename', at('Beijing has said')), /./);
  });

  test('document symbols outline the headings and key judgments', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: ws.uri(draft) } });
    const names = JSON.stringify(symbols);
    assert.match(names, /Key Judgments/);
    assert.match(names, /Beijing's Line/);
  });

  test('workspace symbols find actors and sources', async () => {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'korea' });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('North Korea') && names.includes('South Korea'), names.join(', '));
  });

  test('the cite-a-source action applied changes the document, and the finding goes', async () => {
    const params = { ...at('The Pentagon confirmed on November 4'), range: { start: positionOf(text, 'The Pentagon confirmed', 1), end: positionOf(text, 'The Pentagon confirmed', 1) } };
    const diagnostics = client.diagnostics.get(ws.uri(draft))!.diagnostics;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: params.textDocument, range: params.range, context: { diagnostics } });
    const cite = actions.find((a) => a.kind === 'quickfix.tradecraft.cite')!;
    const onlyCite = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: params.textDocument, range: params.range, context: { diagnostics, only: ['quickfix.tradecraft.cite'] } });
    assert.ok(onlyCite.length > 0 && onlyCite.every((a) => a.kind === 'quickfix.tradecraft.cite'), 'context.only is respected');
    assert.match(cite.title, /^Cite china-dprk-2024 \(B2\), ¶3/);
    assert.equal(cite.diagnostics?.[0].code, 'unsourced-assertion');
    const edits = cite.edit!.changes![ws.uri(draft)];
    const fixed = applyTextEdits(text, edits);
    assert.ok(fixed.includes("Kursk oblast [@china-dprk-2024, ¶3]."));
    text = client.replace(ws.uri(draft), "Russia's Kursk oblast.", "Russia's Kursk oblast [@china-dprk-2024, ¶3].");
    const after = await client.diagnosticsOfVersion(ws.uri(draft));
    const line = positionOf(text, 'The Pentagon confirmed').line;
    assert.ok(!after.some((d) => d.code === 'unsourced-assertion' && d.range.start.line === line));
  });

  test('the code lens sums up sourcing and its command lists the unsourced sentences', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.uri(draft) } });
    assert.match(lenses[0].command!.title, /^\d+ assertions · \d+ sourced \(\d+%\) · \d+ judgments$/);
    assert.equal(lenses[0].command!.command, 'tradecraft.server.listUnsourced');
    const locations = await client.request<Location[]>('workspace/executeCommand', { command: lenses[0].command!.command, arguments: lenses[0].command!.arguments });
    assert.ok(locations.length > 0 && locations.every((l) => l.uri === ws.uri(draft)));
  });

  test('the check-workspace command re-checks every file and reports counts', async () => {
    const summary = await client.request<{ files: number; errors: number; warnings: number }>('workspace/executeCommand', { command: 'tradecraft.server.checkWorkspace', arguments: [] });
    assert.equal(summary.files, 5);
    assert.ok(summary.errors > 0 && summary.warnings > 0);
  });

  test('the schema file gets hover and completion too', async () => {
    const schemaText = ws.read('claims-schema.yaml');
    client.open(ws.uri('claims-schema.yaml'), schemaText, 'yaml');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri('claims-schema.yaml') }, position: positionOf(schemaText, '  north-korea:', 3) });
    assert.match(markdownOf(hover), /Pyongyang/);
    const edited = client.replace(ws.uri('claims-schema.yaml'), 'related: [north-korea, russia, xi-jinping, china-mfa]', 'related: [north-korea, russia, xi-jinping, china-mfa, ja]');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: ws.uri('claims-schema.yaml') }, position: positionOf(edited, 'china-mfa, ja]', 'china-mfa, ja'.length) });
    assert.ok(items.some((i) => i.label === 'japan'), items.map((i) => i.label).join(', '));
  });
});
