// An independent LSP client on a workspace the developers have not seen: an
// invented assessment of Russian gas exports to Central Asia, with a nested
// layout (team/claims-schema.yaml on the PHIA yardstick, notes two folders
// down, a desk note that names the schema through front matter), footnote and
// link citations, and a low-grade source. Every capability is exercised over
// the real stdio connection and checked the way an analyst would check it:
// what the editor shows, and what the text reads like after an edit applies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, Hover, Location, Range, SymbolInformation, TextEdit, WorkspaceEdit, WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { parse as parseYaml } from 'yaml';
import { applyTextEdits, copyWorkspace, positionOf, serveDuringSuite, TestClient, type TestWorkspace } from './lsp-client.js';

// ---------------------------------------------------------------------------
// The workspace (invented content; no real reporting is quoted)
// ---------------------------------------------------------------------------

const SCHEMA = 'team/claims-schema.yaml';
const SOURCE = 'team/sources/gas-brief.md';
const CLEAN = 'team/notes/2025/uzbek-gas.assessment.md';
const DRAFT = 'team/notes/2025/transit-draft.assessment.md';
const DESK = 'desk/kyrgyz-outlook.assessment.md';

/** The workspace: test/fixtures/lsp/gas-to-central-asia (invented; phia vocabulary, footnotes, a front-matter schema). */
const fixtureRoot = path.resolve(import.meta.dirname, '../fixtures/lsp/gas-to-central-asia');
const fixture = (relative: string) => readFileSync(path.join(fixtureRoot, relative), 'utf8');
const [schemaText, sourceText, cleanText, draftText, deskText] = [SCHEMA, SOURCE, CLEAN, DRAFT, DESK].map(fixture);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** The fixture workspace (plus any extra files) in a fresh temporary folder. */
function buildWorkspace(extra: Record<string, string> = {}): TestWorkspace {
  return copyWorkspace(fixtureRoot, extra);
}

const markdownOf = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? '';
const codesOf = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((d) => String(d.code)))].sort();
const linesOf = (text: string) => text.split('\n');

/** The text a range covers. */
function textIn(text: string, range: Range): string {
  const doc = TextDocument.create('file:///x', 'markdown', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

/** The diagnostic of a code whose range covers exactly `covered` (or undefined). */
function findingOn(text: string, diagnostics: Diagnostic[], code: string, covered: string): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === code && textIn(text, d.range) === covered);
}

/** The edits a workspace edit makes to one URI, whether it uses `changes` or `documentChanges`. */
function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri ? (change.edits as TextEdit[]) : [],
  );
  return [...fromChanges, ...fromDocumentChanges];
}

/** Every URI a workspace edit touches. */
function urisOf(edit: WorkspaceEdit): string[] {
  const uris = new Set(Object.keys(edit.changes ?? {}));
  for (const change of edit.documentChanges ?? []) if ('textDocument' in change) uris.add(change.textDocument.uri);
  return [...uris].sort();
}

/** A workspace edit applied to one file's text, as an editor would. */
function applyTo(text: string, edit: WorkspaceEdit, uri: string): string {
  return applyTextEdits(text, editsFor(edit, uri));
}

/**
 * Sends what an editor sends after applying edits: one incremental change
 * covering the changed region (extended left until it is unambiguous for the
 * test client's find-and-replace). Returns the new text.
 */
function sendEdits(client: TestClient, uri: string, edits: TextEdit[]): string {
  const old = client.textOf(uri);
  const next = applyTextEdits(old, edits);
  let start = 0;
  while (start < old.length && start < next.length && old[start] === next[start]) start++;
  let tail = 0;
  while (tail < old.length - start && tail < next.length - start && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  let find = old.slice(start, old.length - tail);
  let replacement = next.slice(start, next.length - tail);
  while ((find === '' || old.indexOf(find) !== start) && start > 0) {
    start--;
    find = old[start] + find;
    replacement = old[start] + replacement;
  }
  return client.replace(uri, find, replacement);
}

/** The index of the line holding `find`. */
function lineOf(text: string, find: string): number {
  return positionOf(text, find).line;
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

describe('an unseen workspace over LSP: Russian gas to Central Asia', () => {
  const ws = buildWorkspace();
  let client: TestClient;
  const text = (relative: string) => client.textOf(ws.uri(relative)) ?? ws.read(relative);
  const doc = (relative: string) => ({ uri: ws.uri(relative) });
  const at = (relative: string, find: string, plus = 1) => ({ textDocument: doc(relative), position: positionOf(text(relative), find, plus) });
  const hover = async (relative: string, find: string, plus = 1) => markdownOf(await client.request<Hover | null>('textDocument/hover', at(relative, find, plus)));
  const complete = (relative: string, find: string, plus: number) => client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', at(relative, find, plus))
    .then((answer) => (Array.isArray(answer) ? answer : answer?.items ?? []));
  const definition = async (relative: string, find: string, plus = 1) => {
    const answer = await client.request<Location | Location[] | null>('textDocument/definition', at(relative, find, plus));
    return answer === null ? [] : Array.isArray(answer) ? answer : [answer];
  };
  const codeActions = (relative: string, range: Range) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: doc(relative), range, context: { diagnostics: client.diagnostics.get(ws.uri(relative))?.diagnostics ?? [] } });
  const selectionOf = (relative: string, find: string): Range => ({ start: positionOf(text(relative), find), end: positionOf(text(relative), find, find.length) });
  const opened = new Set<string>();
  /** Opens a file as the editor would (once) and waits for its diagnostics. */
  const open = async (relative: string) => {
    if (opened.has(relative)) return;
    opened.add(relative);
    const mark = client.mark();
    client.open(ws.uri(relative), ws.read(relative), relative.endsWith('.yaml') ? 'yaml' : 'markdown');
    await client.diagnosticsFor(ws.uri(relative), () => true, mark);
  };

  serveDuringSuite(ws, (started) => (client = started));

  test('on start, every assessment is checked before anything is opened, with progress', async () => {
    const draft = await client.diagnosticsFor(ws.uri(DRAFT), (d) => d.length > 0);
    assert.deepEqual(codesOf(draft), [
      'judgment-without-confidence', 'likelihood-with-confidence', 'nonstandard-estimative', 'number-not-in-source', 'quote-not-in-source',
      'single-source-confidence', 'unattributed-quote', 'unknown-source', 'unsourced-assertion', 'weak-source',
    ]);
    assert.deepEqual(await client.diagnosticsFor(ws.uri(CLEAN)), [], 'footnote and link citations count, PHIA terms are standard');
    assert.deepEqual(await client.diagnosticsFor(ws.uri(DESK)), [], 'the desk note finds its schema through front matter and is clean');
    await client.waitFor('progress end', () => client.notifications.some((n) => n.method === '$/progress' && n.params.value.kind === 'end'));
    const schemaDiagnostics = client.diagnostics.get(ws.uri(SCHEMA))?.diagnostics ?? [];
    assert.deepEqual(schemaDiagnostics, [], 'a valid schema has no findings');
  });

  test('each finding of the draft covers the offending text, at the default severity', async () => {
    const draft = await client.diagnosticsFor(ws.uri(DRAFT), (d) => d.length > 0);
    const t = ws.read(DRAFT);
    const expect = (code: string, covered: string, severity: number) => {
      const found = findingOn(t, draft, code, covered);
      assert.ok(found, `${code} on "${covered}"; got:\n${draft.map((d) => `${d.code}: "${textIn(t, d.range)}"`).join('\n')}`);
      assert.equal(found.severity, severity, `${code} severity`);
    };
    expect('unknown-source', 'gas-brief-2042', 1);
    expect('unsourced-assertion', 'Kazakhstan signed a separate gas swap agreement with Gazprom in March 2025.', 2);
    expect('unsourced-assertion', 'Shortages in the winter of 2022–2023 closed Uzbek schools and factories.', 2);
    expect('number-not-in-source', '45 million', 2);
    expect('weak-source', 'Traders claimed that Gazprom cut deliveries to Bishkek by half in January 2025 [@forum-post-2025].', 3);
    expect('nonstandard-estimative', 'Perhaps', 3);
    expect('nonstandard-estimative', 'very unlikely', 3);
    expect('single-source-confidence', 'high confidence', 2);
    expect('judgment-without-confidence', 'We assess that Gazprom will seek a longer contract with Tashkent.', 3);
    expect('likelihood-with-confidence', 'We judge with low confidence that Bishkek is likely to seek Chinese gas instead.', 2);
    const quote = draft.find((d) => d.code === 'quote-not-in-source')!;
    assert.equal(textIn(t, quote.range).replace(/^“|”$/g, ''), 'a permanent solution for our industry');
    const unattributed = draft.find((d) => d.code === 'unattributed-quote')!;
    assert.equal(textIn(t, unattributed.range).replace(/^“|”$/g, ''), 'a leash around the neck of the economy');
    // Nothing is reported on what is sourced and verified.
    assert.ok(!draft.some((d) => d.range.start.line === lineOf(t, 'Kyrgyzstan sold') && d.code !== 'number-not-in-source'));
  });

  test('the unknown-source message names the nearest key, and the PHIA message the PHIA term', async () => {
    const draft = client.diagnostics.get(ws.uri(DRAFT))!.diagnostics;
    assert.match(draft.find((d) => d.code === 'unknown-source')!.message, /gas-brief-2042.*gas-brief-2024/);
    const hedge = findingOn(ws.read(DRAFT), draft, 'nonstandard-estimative', 'very unlikely')!;
    assert.match(hedge.message, /PHIA/);
    assert.match(hedge.message, /highly unlikely/);
    assert.match(hedge.message, /10–20/);
  });

  test('a tradecraft/status notification names the schema found through front matter', async () => {
    await open(DESK);
    const status = await client.waitFor('status of the desk note', () => client.notifications.findLast((n) => n.method === 'tradecraft/status' && n.params.uri === ws.uri(DESK))?.params);
    assert.equal(status.schemaPath, ws.file(SCHEMA));
    assert.equal(status.noSchema ?? false, false);
    assert.equal(status.schemaProblem, undefined);
    assert.equal(status.assertions, 2, 'two dated facts (the judgment is not an assertion)');
    assert.equal(status.sourcedAssertions, 2);
    assert.equal(status.judgments, 1);
  });

  test('typing re-checks incrementally: a citation added, a key mistyped and fixed', async () => {
    await open(DRAFT);
    const draftUri = ws.uri(DRAFT);
    const line = lineOf(text(DRAFT), 'Kazakhstan signed');
    let mark = client.mark();
    client.replace(draftUri, 'in March 2025.', 'in March 2025 [@gas-brief-2024, ¶5].');
    let now = await client.diagnosticsFor(draftUri, (d) => !d.some((x) => x.code === 'unsourced-assertion' && x.range.start.line === line), mark);
    assert.ok(findingOn(text(DRAFT), now, 'number-not-in-source', 'March 2025') ?? findingOn(text(DRAFT), now, 'number-not-in-source', '2025'),
      'the newly cited sentence has its date checked against the brief, which has no 2025');
    mark = client.mark();
    client.replace(draftUri, 'in March 2025 [@gas-brief-2024, ¶5].', 'in March 2025.');
    now = await client.diagnosticsFor(draftUri, (d) => d.some((x) => x.code === 'unsourced-assertion' && x.range.start.line === line), mark);
    assert.equal(text(DRAFT), ws.read(DRAFT));

    // The desk note is checked against the team schema: a typo there is an unknown source.
    const deskUri = ws.uri(DESK);
    mark = client.mark();
    client.replace(deskUri, '@kz-transit-2024]', '@kz-transit-2042]');
    now = await client.diagnosticsFor(deskUri, (d) => d.some((x) => x.code === 'unknown-source'), mark);
    assert.equal(textIn(text(DESK), now.find((x) => x.code === 'unknown-source')!.range), 'kz-transit-2042');
    mark = client.mark();
    client.replace(deskUri, '@kz-transit-2042]', '@kz-transit-2024]');
    await client.diagnosticsFor(deskUri, (d) => d.length === 0, mark);
  });

  test('hover on an actor shows who it is, a source sentence with ¶n, and how many assessments mention it', async () => {
    await open(DRAFT);
    const card = await hover(DRAFT, 'Rakhimov said');
    assert.match(card, /Dilshod Rakhimov/);
    assert.match(card, /person/);
    assert.match(card, /deputy energy minister \(invented person\)/, 'the curated note');
    assert.match(card, /a bridge until our own fields recover/, 'the best source sentence about him');
    assert.match(card, /¶4/);
    assert.match(card, /Russian gas to Central Asia \(analyst brief\)/);
    assert.match(card, /Mentioned in 2 of 3 assessments/, 'the clean note and the draft mention him; the desk note does not');
    const gazprom = await hover(DRAFT, 'Gazprom will seek');
    assert.match(gazprom, /Mentioned in 3 of 3 assessments/);
    assert.match(gazprom, /Related:.*Igor Sanin/);
  });

  test('hover on a citation shows the title, what the grades mean and the cited passage', async () => {
    const card = await hover(DRAFT, '@gas-brief-2024, ¶6]', 3);
    assert.match(card, /Russian gas to Central Asia \(analyst brief\)/);
    assert.match(card, /usually reliable/i);
    assert.match(card, /probably true/i);
    assert.match(card, /¶6/);
    assert.match(card, /bought the national gas network for one dollar/);
    const weak = await hover(DRAFT, '@forum-post-2025]', 3);
    assert.match(weak, /Anonymous post on a gas traders' forum|Anonymous post on a gas traders\\' forum/);
    assert.match(weak, /unreliable/i);
    assert.match(weak, /improbable/i);
  });

  test('hover on a footnote mark and on its definition shows the source and the ¶4 passage', async () => {
    await open(CLEAN);
    const definitionCard = await hover(CLEAN, '[^1]: See [@gas-brief-2024', 12);
    assert.match(definitionCard, /Russian gas to Central Asia \(analyst brief\)/);
    assert.match(definitionCard, /a bridge until our own fields recover/);
    const markCard = await hover(CLEAN, '[^1]\n', 2);
    assert.match(markCard, /Russian gas to Central Asia \(analyst brief\)/, 'the footnote mark in the sentence is a citation of that source');
    assert.match(markCard, /¶4/);
  });

  test('hover on a link citation to a source URL shows that source', async () => {
    const card = await hover(CLEAN, '[press release]', 3);
    assert.match(card, /Press release: gas supply agreement with Gazprom/);
    assert.match(card, /usually reliable/i);
  });

  test('hover on PHIA terms shows their yardstick band; an ICD-only term is flagged as non-standard', async () => {
    const possibility = await hover(CLEAN, 'realistic possibility', 3);
    assert.match(possibility, /realistic possibility/);
    assert.match(possibility, /40–50 %/);
    assert.match(possibility, /PHIA/);
    const likely = await hover(DRAFT, 'likely to seek', 2);
    assert.match(likely, /55–75 %/, 'PHIA band for likely, not the ICD 203 55–80 %');
    const icdOnly = await hover(DRAFT, 'very unlikely', 3);
    assert.match(icdOnly, /not a standard term of the PHIA/);
    assert.match(icdOnly, /highly unlikely/);
    assert.match(icdOnly, /10–20 %/);
  });

  test('completion after [@ lists the four sources, and the chosen item completes the key', async () => {
    const mark = client.mark();
    const typed = client.replace(ws.uri(DRAFT), '## Analysis', 'Prices rose [@\n\n## Analysis');
    const items = await complete(DRAFT, 'Prices rose [@', 'Prices rose [@'.length);
    assert.deepEqual(items.map((i) => i.label).sort(), ['forum-post-2025', 'gas-brief-2024', 'kz-transit-2024', 'uz-energy-ministry-2023']);
    const chosen = items.find((i) => i.label === 'kz-transit-2024')!;
    const completed = chosen.textEdit ? applyTextEdits(typed, [chosen.textEdit as TextEdit]) : typed.replace('Prices rose [@', `Prices rose [@${chosen.insertText ?? chosen.label}`);
    assert.ok(completed.includes('Prices rose [@kz-transit-2024\n'), completed.split('\n').find((l) => l.startsWith('Prices')));
    client.replace(ws.uri(DRAFT), 'Prices rose [@\n\n## Analysis', '## Analysis');
    await client.diagnosticsFor(ws.uri(DRAFT), () => true, mark);
    assert.equal(text(DRAFT), ws.read(DRAFT));
  });

  test('completion after ¶ lists the source\'s eleven paragraphs, each with its text', async () => {
    const mark = client.mark();
    client.replace(ws.uri(DRAFT), '## Analysis', 'Prices rose [@gas-brief-2024, ¶\n\n## Analysis');
    const items = await complete(DRAFT, 'Prices rose [@gas-brief-2024, ¶', 'Prices rose [@gas-brief-2024, ¶'.length);
    const labels = items.map((i) => i.label);
    for (let n = 1; n <= 11; n++) assert.ok(labels.some((l) => l === `¶${n}` || l === String(n)), `¶${n} in ${labels.join(', ')}`);
    assert.equal(items.length, 11, labels.join(', '));
    const fourth = items.find((i) => i.label === '¶4' || i.label === '4')!;
    const shown = `${fourth.detail ?? ''} ${typeof fourth.documentation === 'string' ? fourth.documentation : fourth.documentation?.value ?? ''}`;
    assert.match(shown, /a bridge until our own fields recover|Dilshod Rakhimov/);
    client.replace(ws.uri(DRAFT), 'Prices rose [@gas-brief-2024, ¶\n\n## Analysis', '## Analysis');
    await client.diagnosticsFor(ws.uri(DRAFT), () => true, mark);
  });

  test('completion in prose offers actor names and PHIA terms, not ICD-only ones', async () => {
    const mark = client.mark();
    client.replace(ws.uri(DRAFT), '## Analysis', 'Talks with Igor S\n\n## Analysis');
    const actors = await complete(DRAFT, 'Talks with Igor S', 'Talks with Igor S'.length);
    assert.ok(actors.some((i) => i.label === 'Igor Sanin'), actors.map((i) => i.label).join(', '));
    client.replace(ws.uri(DRAFT), 'Talks with Igor S', 'Talks with Tash');
    const aliases = await complete(DRAFT, 'Talks with Tash', 'Talks with Tash'.length);
    assert.ok(aliases.some((i) => i.label === 'Tashkent'), aliases.map((i) => i.label).join(', '));
    client.replace(ws.uri(DRAFT), 'Talks with Tash', 'It is a real');
    const terms = await complete(DRAFT, 'It is a real', 'It is a real'.length);
    assert.ok(terms.some((i) => i.label === 'realistic possibility'), terms.map((i) => i.label).join(', '));
    client.replace(ws.uri(DRAFT), 'It is a real', 'It is roughly');
    const icd = await complete(DRAFT, 'It is roughly', 'It is roughly'.length);
    assert.ok(!icd.some((i) => /roughly even/.test(i.label)), 'ICD 203 terms are not offered under a PHIA schema');
    client.replace(ws.uri(DRAFT), 'It is roughly\n\n## Analysis', '## Analysis');
    await client.diagnosticsFor(ws.uri(DRAFT), () => true, mark);
    assert.equal(text(DRAFT), ws.read(DRAFT));
  });

  test('completion in the schema\'s related: list offers actor keys', async () => {
    await open(SCHEMA);
    const schemaUri = ws.uri(SCHEMA);
    const edited = client.replace(schemaUri, 'related: [kazakhstan, gazprom]', 'related: [kazakhstan, gazprom, uz]');
    const items = await complete(SCHEMA, 'related: [kazakhstan, gazprom, uz]', 'related: [kazakhstan, gazprom, uz'.length);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('uzbekistan'), labels.join(', '));
    assert.ok(!labels.includes('qazaqgaz'), `an actor is not offered as related to itself: ${labels.join(', ')}`);
    const chosen = items.find((i) => i.label === 'uzbekistan')!;
    if (chosen.textEdit) assert.ok(applyTextEdits(edited, [chosen.textEdit as TextEdit]).includes('related: [kazakhstan, gazprom, uzbekistan]'));
    const mark = client.mark();
    client.replace(schemaUri, 'related: [kazakhstan, gazprom, uz]', 'related: [kazakhstan, gazprom]');
    await client.diagnosticsFor(schemaUri, (d) => d.length === 0, mark);
  });

  test('definition: a citation key goes to the schema entry, ¶n to the source paragraph, an actor to the schema', async () => {
    const schemaLines = linesOf(ws.read(SCHEMA));
    const key = await definition(DESK, '@kz-transit-2024', 3);
    assert.equal(key[0]?.uri, ws.uri(SCHEMA), JSON.stringify(key));
    assert.equal(schemaLines[key[0].range.start.line].trim(), 'kz-transit-2024:');

    const paragraph = await definition(DRAFT, '¶6]', 1);
    const inSource = paragraph.find((l) => l.uri === ws.uri(SOURCE));
    assert.ok(inSource, JSON.stringify(paragraph));
    assert.match(linesOf(sourceText)[inSource.range.start.line], /^Kyrgyzstan has depended on Gazprom since 2014/);

    const actor = await definition(DRAFT, 'Bishkek by half', 2);
    assert.equal(actor[0]?.uri, ws.uri(SCHEMA), JSON.stringify(actor));
    assert.equal(schemaLines[actor[0].range.start.line].trim(), 'kyrgyzstan:');
  });

  test('definition: ¶4 in a footnote definition, and the footnote mark, go to that source paragraph', async () => {
    const rakhimovParagraph = /^Dilshod Rakhimov, Uzbekistan's deputy energy minister/;
    const fromMark = await definition(CLEAN, '[^1]\n', 2);
    const markTarget = fromMark.find((l) => l.uri === ws.uri(SOURCE));
    assert.ok(markTarget, JSON.stringify(fromMark));
    assert.match(linesOf(sourceText)[markTarget.range.start.line], rakhimovParagraph);
    // The cursor between ¶ and 4, exactly as for '¶6]' in the draft's prose above.
    const fromLocator = await definition(CLEAN, '[^1]: See [@gas-brief-2024, ¶4]', '[^1]: See [@gas-brief-2024, ¶'.length);
    const locatorTarget = fromLocator.find((l) => l.uri === ws.uri(SOURCE));
    assert.ok(locatorTarget, `definition on ¶4 of "[^1]: See [@gas-brief-2024, ¶4]." returned ${JSON.stringify(fromLocator)}`);
    assert.match(linesOf(sourceText)[locatorTarget.range.start.line], rakhimovParagraph);
  });

  test('references of a source key span all three assessments and the schema', async () => {
    const locations = await client.request<Location[]>('textDocument/references', { ...at(CLEAN, '@gas-brief-2024, ¶2]', 3), context: { includeDeclaration: true } });
    const byUri = new Map<string, Location[]>();
    for (const l of locations) byUri.set(l.uri, [...(byUri.get(l.uri) ?? []), l]);
    const count = (t: string) => t.split('@gas-brief-2024').length - 1;
    assert.equal(byUri.get(ws.uri(CLEAN))?.length, count(cleanText) + 1, 'every citation in the clean note: the footnote definition and the [^1] mark that uses it');
    assert.ok(byUri.get(ws.uri(CLEAN))!.some((l) => textIn(text(CLEAN), l.range) === '[^1]'));
    assert.equal(byUri.get(ws.uri(DRAFT))?.length, count(draftText), 'the draft\'s citations (not the gas-brief-2042 typo)');
    assert.equal(byUri.get(ws.uri(DESK))?.length, count(deskText), 'the front-matter-linked desk note');
    assert.equal(byUri.get(ws.uri(SCHEMA))?.length, 1, 'the declaration');
    for (const l of locations) {
      const relative = [SCHEMA, CLEAN, DRAFT, DESK].find((r) => ws.uri(r) === l.uri)!;
      const t = text(relative);
      assert.match(textIn(t, l.range), /^(@?gas-brief-2024|\[\^1\])$/, `${path.basename(l.uri)} ${JSON.stringify(l.range)}`);
    }
  });

  test('references of an actor find its mentions by name and alias in every assessment', async () => {
    const locations = await client.request<Location[]>('textDocument/references', { ...at(DRAFT, 'Bishkek by half', 2), context: { includeDeclaration: true } });
    const uris = new Set(locations.map((l) => l.uri));
    for (const relative of [DRAFT, DESK, SCHEMA]) assert.ok(uris.has(ws.uri(relative)), `${relative} in ${[...uris].join(', ')}`);
    assert.ok(!uris.has(ws.uri(CLEAN)), 'the clean note never mentions Kyrgyzstan');
    const draftHits = locations.filter((l) => l.uri === ws.uri(DRAFT)).map((l) => textIn(text(DRAFT), l.range)).sort();
    assert.deepEqual(draftHits, ['Bishkek', 'Bishkek', 'Kyrgyz', 'Kyrgyzstan']);
  });

  test('rename of a source key edits the schema, every citation, the footnote and the front-matter-linked note', async () => {
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at(DESK, '@gas-brief-2024, ¶8]', 3));
    assert.equal(prepared.placeholder, 'gas-brief-2024');
    assert.equal(textIn(text(DESK), prepared.range), 'gas-brief-2024');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(DESK, '@gas-brief-2024, ¶8]', 3), newName: 'central-asia-brief' });
    assert.deepEqual(urisOf(edit), [ws.uri(CLEAN), ws.uri(DRAFT), ws.uri(DESK), ws.uri(SCHEMA)].sort(), 'no other file (not the source text) is touched');
    const schema = applyTo(text(SCHEMA), edit, ws.uri(SCHEMA));
    assert.match(schema, /^ {2}central-asia-brief:$/m);
    assert.ok(!schema.includes('gas-brief-2024'));
    assert.ok(schema.includes('file: sources/gas-brief.md'), 'the file path is not a key');
    assert.deepEqual(parseYaml(schema).sources['central-asia-brief'].reliability, 'B');
    const clean = applyTo(text(CLEAN), edit, ws.uri(CLEAN));
    assert.equal(clean, cleanText.replaceAll('@gas-brief-2024', '@central-asia-brief'));
    assert.ok(clean.includes('[^1]: See [@central-asia-brief, ¶4].'));
    const draft = applyTo(text(DRAFT), edit, ws.uri(DRAFT));
    assert.equal(draft, draftText.replaceAll('@gas-brief-2024', '@central-asia-brief'), 'the gas-brief-2042 typo is left alone');
    const desk = applyTo(text(DESK), edit, ws.uri(DESK));
    assert.equal(desk, deskText.replaceAll('@gas-brief-2024', '@central-asia-brief'));
  });

  test('rename of an actor key in the schema edits its entry and every related: list that names it', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(SCHEMA, '  igor-sanin:', 3), newName: 'sanin' });
    const schema = applyTo(text(SCHEMA), edit, ws.uri(SCHEMA));
    const parsed = parseYaml(schema);
    assert.equal(parsed.actors.sanin.name, 'Igor Sanin');
    assert.equal(parsed.actors['igor-sanin'], undefined);
    assert.deepEqual(parsed.actors.gazprom.related, ['russia', 'uzbekistan', 'kyrgyzstan', 'sanin']);
    assert.deepEqual(urisOf(edit), [ws.uri(SCHEMA)], 'assessments name actors, not keys');
  });

  test('rename is refused, with a readable reason, for a bad new name, a taken key and plain prose', async () => {
    const params = at(DRAFT, '@gas-brief-2024, ¶6]', 3);
    const readable = (error: unknown) => {
      const message = (error as Error).message;
      assert.ok(message.length > 10 && message.length < 300 && !/\n\s+at /.test(message), message);
      return message;
    };
    await assert.rejects(client.request('textDocument/rename', { ...params, newName: 'gas brief!' }), (error) => /gas brief!|key|letters|character/i.test(readable(error)));
    await assert.rejects(client.request('textDocument/rename', { ...params, newName: 'forum-post-2025' }), (error) => /forum-post-2025|already|exists/i.test(readable(error)));
    await assert.rejects(client.request('textDocument/prepareRename', at(DRAFT, 'Traders claimed', 3)), (error) => Boolean(readable(error)));
  });

  test('document symbols outline the headings with the key judgments under theirs', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: doc(DRAFT) });
    const all: DocumentSymbol[] = [];
    const walk = (list: DocumentSymbol[]) => list.forEach((s) => { all.push(s); walk(s.children ?? []); });
    walk(symbols);
    const names = all.map((s) => s.name);
    for (const heading of ['Kazakh transit and Kyrgyz dependence (draft)', 'Key Judgments', 'Transit', 'Background', 'Analysis']) {
      assert.ok(names.includes(heading), `${heading} in ${names.join(' | ')}`);
    }
    const keyJudgments = all.find((s) => s.name === 'Key Judgments')!;
    const judgments = (keyJudgments.children ?? []).map((s) => s.name);
    assert.equal(judgments.length, 2, judgments.join(' | '));
    assert.match(judgments[0], /Astana will keep the transit route open/);
    for (const s of all) {
      const inside = (a: Range, b: Range) => (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character))
        && (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
      assert.ok(inside(s.selectionRange, s.range), `selectionRange inside range for ${s.name}`);
    }
  });

  test('workspace symbols find actors by name and sources by key, located in the schema', async () => {
    const gas = await client.request<Array<WorkspaceSymbol | SymbolInformation>>('workspace/symbol', { query: 'gaz' });
    const names = gas.map((s) => s.name);
    assert.ok(names.includes('Gazprom') && names.includes('QazaqGaz'), names.join(', '));
    const forum = await client.request<Array<WorkspaceSymbol | SymbolInformation>>('workspace/symbol', { query: 'forum' });
    const source = forum.find((s) => s.name === 'forum-post-2025' || s.name.includes('forum'))!;
    assert.ok(source, forum.map((s) => s.name).join(', '));
    const location = source.location as Location;
    assert.equal(location.uri, ws.uri(SCHEMA));
    assert.equal(linesOf(ws.read(SCHEMA))[location.range.start.line].trim(), 'forum-post-2025:');
  });

  test('cite a source: the best passage is offered, and applying it clears the unsourced finding', async () => {
    const sentence = 'Shortages in the winter of 2022–2023 closed Uzbek schools and factories.';
    const cursor = positionOf(text(DRAFT), sentence, 5);
    const actions = await codeActions(DRAFT, { start: cursor, end: cursor });
    const cites = actions.filter((a) => a.kind === 'quickfix.tradecraft.cite');
    assert.ok(cites.length > 0, actions.map((a) => a.title).join('\n'));
    const best = cites[0];
    assert.match(best.title, /^Cite gas-brief-2024 \(B2\), ¶9/, cites.map((a) => a.title).join('\n'));
    assert.equal(best.isPreferred, true);
    assert.equal(best.diagnostics?.[0]?.code, 'unsourced-assertion');
    const edits = editsFor(best.edit!, ws.uri(DRAFT));
    assert.ok(applyTextEdits(text(DRAFT), edits).includes('closed Uzbek schools and factories [@gas-brief-2024, ¶9].'));
    const mark = client.mark();
    const fixed = sendEdits(client, ws.uri(DRAFT), edits);
    const line = lineOf(fixed, 'Shortages in the winter');
    const after = await client.diagnosticsFor(ws.uri(DRAFT), () => true, mark);
    assert.ok(!after.some((d) => d.range.start.line === line), `no finding left on the cited sentence: ${JSON.stringify(after.filter((d) => d.range.start.line === line))}`);
  });

  test('nearest key: the typo gets "Change to gas-brief-2024", which clears unknown-source', async () => {
    const actions = await codeActions(DRAFT, selectionOf(DRAFT, 'gas-brief-2042'));
    const fix = actions.find((a) => a.title === 'Change to "gas-brief-2024"');
    assert.ok(fix, actions.map((a) => a.title).join('\n'));
    assert.equal(fix.isPreferred, true);
    const mark = client.mark();
    const fixed = sendEdits(client, ws.uri(DRAFT), editsFor(fix.edit!, ws.uri(DRAFT)));
    assert.ok(fixed.includes('by 2026 [@gas-brief-2024, ¶5].'));
    await client.diagnosticsFor(ws.uri(DRAFT), (d) => !d.some((x) => x.code === 'unknown-source'), mark);
  });

  test('misquote: the message shows the closest passage of the cited ¶4, where the minister\'s real words are', async () => {
    const misquote = client.diagnostics.get(ws.uri(DRAFT))!.diagnostics.find((d) => d.code === 'quote-not-in-source')!;
    assert.match(misquote.message, /¶4/, misquote.message);
    assert.match(misquote.message, /a bridge until our own fields recover/, misquote.message);
  });

  test('misquote: the "source\'s own wording" fix puts back the minister\'s words, not a fragment of an unrelated paragraph', async () => {
    const misquote = client.diagnostics.get(ws.uri(DRAFT))!.diagnostics.find((d) => d.code === 'quote-not-in-source')!;
    const actions = await codeActions(DRAFT, misquote.range);
    const wording = actions.find((a) => a.title.startsWith('Use the wording of'));
    assert.ok(wording, actions.map((a) => a.title).join('\n'));
    const fixed = applyTextEdits(text(DRAFT), editsFor(wording.edit!, ws.uri(DRAFT)));
    const line = linesOf(fixed).find((l) => l.startsWith('Rakhimov'));
    assert.match(wording.title, /¶4/, wording.title);
    assert.equal(line, 'Rakhimov said the deal was “a bridge until our own fields recover” [@gas-brief-2024, ¶4].');
  });

  test('add alias is not offered for a fragment that cuts through words', async () => {
    const start = positionOf(text(DRAFT), '“a permanent', 1);
    const actions = await codeActions(DRAFT, { start, end: { line: start.line, character: start.character + 3 } });
    const junk = actions.filter((a) => a.title.startsWith('Add "a p"'));
    assert.deepEqual(junk.map((a) => a.title), []);
  });

  test('standard term: the ICD-only "very unlikely" becomes the PHIA "highly unlikely", and the finding goes', async () => {
    const actions = await codeActions(DRAFT, selectionOf(DRAFT, 'very unlikely'));
    const fix = actions.find((a) => a.title === 'Use the standard term "highly unlikely"');
    assert.ok(fix, actions.map((a) => a.title).join('\n'));
    const mark = client.mark();
    const fixed = sendEdits(client, ws.uri(DRAFT), editsFor(fix.edit!, ws.uri(DRAFT)));
    assert.ok(fixed.includes('A cut-off this winter is highly unlikely, given'));
    const line = lineOf(fixed, 'A cut-off this winter');
    await client.diagnosticsFor(ws.uri(DRAFT), (d) => !d.some((x) => x.code === 'nonstandard-estimative' && x.range.start.line === line), mark);
  });

  test('standard term for "Perhaps" leaves a grammatical sentence', async () => {
    const actions = await codeActions(DRAFT, selectionOf(DRAFT, 'Perhaps'));
    const fix = actions.find((a) => a.kind === 'quickfix' && /standard term/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join('\n'));
    const fixed = applyTextEdits(text(DRAFT), editsFor(fix.edit!, ws.uri(DRAFT)));
    const sentence = linesOf(fixed)[lineOf(text(DRAFT), 'Perhaps Moscow')];
    assert.match(sentence, /realistic possibility that Moscow will use/i, `after the fix: "${sentence}"`);
  });

  test('add alias: a selected unknown name becomes an alias in the schema, and the schema stays valid', async () => {
    await open(SCHEMA);
    const actions = await codeActions(DRAFT, selectionOf(DRAFT, 'KazTransGas'));
    const add = actions.find((a) => a.title === 'Add "KazTransGas" as an alias of QazaqGaz');
    assert.ok(add, actions.map((a) => a.title).join('\n'));
    assert.deepEqual(urisOf(add.edit!), [ws.uri(SCHEMA)]);
    const edits = editsFor(add.edit!, ws.uri(SCHEMA));
    const schema = applyTextEdits(text(SCHEMA), edits);
    const parsed = parseYaml(schema);
    assert.deepEqual(parsed.actors.qazaqgaz.aliases, ['QazaqGaz JSC', 'KazTransGas']);
    assert.deepEqual(parsed.actors.qazaqgaz.related, ['kazakhstan', 'gazprom'], 'the rest of the entry is untouched');
    const mark = client.mark();
    sendEdits(client, ws.uri(SCHEMA), edits);
    await client.diagnosticsFor(ws.uri(SCHEMA), (d) => d.length === 0, mark);
    const card = await hover(DRAFT, 'KazTransGas', 3);
    assert.match(card, /QazaqGaz/, 'the new alias is a mention of QazaqGaz');
  });

  test('suppress on this line: the comment goes above, and only that code is silenced', async () => {
    const actions = await codeActions(DRAFT, selectionOf(DRAFT, 'a leash around the neck'));
    const suppress = actions.find((a) => a.title === 'Suppress unattributed-quote on this line');
    assert.ok(suppress, actions.map((a) => a.title).join('\n'));
    const mark = client.mark();
    const fixed = sendEdits(client, ws.uri(DRAFT), editsFor(suppress.edit!, ws.uri(DRAFT)));
    assert.ok(fixed.includes('<!-- tradecraft-disable-next-line unattributed-quote -->\nThe arrangement has been described as'));
    const line = lineOf(fixed, 'The arrangement has been described');
    const after = await client.diagnosticsFor(ws.uri(DRAFT), (d) => !d.some((x) => x.code === 'unattributed-quote'), mark);
    assert.ok(after.some((d) => d.code === 'unsourced-assertion' && d.range.start.line === line), 'the unsourced finding on the line stays');
  });

  test('the code lens sums up sourcing like the status, and its command lists exactly the unsourced sentences', async () => {
    const status = await client.waitFor('draft status', () => {
      const latest = client.notifications.findLast((n) => n.method === 'tradecraft/status' && n.params.uri === ws.uri(DRAFT))?.params;
      return latest;
    });
    const [lens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: doc(DRAFT) });
    const percent = Math.min(Math.round((status.sourcedAssertions / status.assertions) * 100), 99);
    assert.equal(lens.command!.title, `${status.assertions} assertions · ${status.sourcedAssertions} sourced (${percent}%) · ${status.judgments} judgments`);
    assert.equal(lens.command!.command, 'tradecraft.server.listUnsourced');
    const locations = await client.request<Location[]>('workspace/executeCommand', { command: lens.command!.command, arguments: lens.command!.arguments });
    const unsourced = client.diagnostics.get(ws.uri(DRAFT))!.diagnostics.filter((d) => d.code === 'unsourced-assertion');
    assert.deepEqual(locations.map((l) => textIn(text(DRAFT), l.range)).sort(), unsourced.map((d) => textIn(text(DRAFT), d.range)).sort());
    assert.ok(locations.length >= 2 && locations.every((l) => l.uri === ws.uri(DRAFT)));

    const [cleanLens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: doc(CLEAN) });
    assert.match(cleanLens.command!.title, /^\d+ assertions · (\d+) sourced \(100%\) · 1 judgment$/);
    const none = await client.request<Location[]>('workspace/executeCommand', { command: cleanLens.command!.command, arguments: cleanLens.command!.arguments });
    assert.deepEqual(none, []);
  });

  test('the check-workspace command re-checks every file with progress and reports counts', async () => {
    const mark = client.mark();
    const summary = await client.request<{ files: number; errors: number; warnings: number }>('workspace/executeCommand', { command: 'tradecraft.server.checkWorkspace', arguments: [] });
    assert.equal(summary.files, 4, 'three assessments and the schema');
    assert.ok(summary.errors >= 1, 'the misquote in the draft is an error');
    assert.ok(summary.warnings >= 1);
    await client.waitFor('progress end', () => client.notifications.slice(mark + 1).some((n) => n.method === '$/progress' && n.params.value.kind === 'end'));
  });

  test('a severity setting pushed by didChangeConfiguration applies, and "off" hides a code', async () => {
    client.settings = () => ({ severity: { 'nonstandard-estimative': 'error', 'weak-source': 'off' } });
    const mark = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const draft = await client.diagnosticsFor(ws.uri(DRAFT), (d) => !d.some((x) => x.code === 'weak-source'), mark);
    const hedges = draft.filter((d) => d.code === 'nonstandard-estimative');
    assert.ok(hedges.length > 0 && hedges.every((d) => d.severity === 1), JSON.stringify(hedges.map((d) => d.severity)));
    client.settings = () => ({});
    const mark2 = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnosticsFor(ws.uri(DRAFT), (d) => d.some((x) => x.code === 'weak-source'), mark2);
  });
});

describe('the tradecraft.schemaPath setting', () => {
  const LOOSE = 'field/loose-notes.assessment.md';
  const looseText = `# Field notes

Gazprom began pumping gas to Uzbekistan on October 7, 2023 [@gas-brief-2024, ¶2].
Kyrgyzstan sold its gas network to Gazprom in 2014 [@gas-brief-2O24, ¶6].
`;
  const ws = buildWorkspace({ [LOOSE]: looseText });
  let client: TestClient;
  serveDuringSuite(ws, (started) => (client = started));

  test('an assessment outside the schema\'s folder tree has no schema until the setting names one', async () => {
    const uri = ws.uri(LOOSE);
    client.open(uri, looseText);
    const status = await client.waitFor('status without schema', () => client.notifications.findLast((n) => n.method === 'tradecraft/status' && n.params.uri === uri)?.params);
    assert.equal(status.noSchema, true);
    assert.ok(!(client.diagnostics.get(uri)?.diagnostics ?? []).some((d) => d.code === 'unknown-source'));

    client.settings = () => ({ schemaPath: 'team/claims-schema.yaml' });
    const mark = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: {} });
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'unknown-source'), mark);
    const unknown = diagnostics.filter((d) => d.code === 'unknown-source');
    assert.equal(unknown.length, 1);
    assert.equal(textIn(looseText, unknown[0].range), 'gas-brief-2O24');
    assert.match(unknown[0].message, /gas-brief-2024/);
    const withSchema = await client.waitFor('status with schema', () => {
      const latest = client.notifications.findLast((n) => n.method === 'tradecraft/status' && n.params.uri === uri)?.params;
      return latest?.schemaPath ? latest : undefined;
    });
    assert.equal(withSchema.schemaPath, ws.file(SCHEMA));
    assert.ok(!withSchema.noSchema);
    const card = markdownOf(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(looseText, '@gas-brief-2024, ¶2', 3) }));
    assert.match(card, /Russian gas to Central Asia \(analyst brief\)/);
  });
});
