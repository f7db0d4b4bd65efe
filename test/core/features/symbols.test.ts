// The outline of an assessment (headings, key judgments beneath them) and the
// workspace symbols (actors and sources of the schemas).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SymbolEntry } from '../../../server/src/core/service.js';
import { samplesWorkspace } from '../../helpers/features.js';

const clean = '/ws/assessments/china-dprk-clean.assessment.md';
const draft = '/ws/assessments/china-dprk-draft.assessment.md';
const schemaPath = '/ws/claims-schema.yaml';

/** The outline as indented lines `kind: name`, to read like the document. */
function outline(symbols: SymbolEntry[], indent = ''): string[] {
  return symbols.flatMap((s) => [`${indent}${s.kind}: ${s.name}`, ...outline(s.children, `${indent}  `)]);
}

/** Symbols of an in-memory assessment under the samples' schema. */
function symbolsOf(text: string): SymbolEntry[] {
  const { service } = samplesWorkspace();
  return service.documentSymbols({ path: '/ws/assessments/note.assessment.md', text });
}

/** Every symbol of a tree, parents first. */
const flatten = (symbols: SymbolEntry[]): SymbolEntry[] => symbols.flatMap((s) => [s, ...flatten(s.children)]);

describe('document symbols', () => {
  test('the sample outline: headings nested, key judgments under their heading', () => {
    const { service, files } = samplesWorkspace();
    const lines = outline(service.documentSymbols({ path: clean, text: files[clean] }));
    assert.deepEqual(lines.filter((l) => l.includes('heading:')), [
      "heading: Beijing's Response to North Korean Troops in Russia",
      '  heading: Key Judgments',
      '  heading: Background',
      "  heading: Beijing's Public Line",
      "  heading: Washington's Pressure",
      "  heading: Beijing's Dilemma",
      '  heading: Outlook',
      '  heading: Sources and Confidence',
    ]);
    const judgments = lines.slice(lines.indexOf('  heading: Key Judgments') + 1, lines.indexOf('  heading: Background'));
    assert.equal(judgments.length, 3);
    for (const line of judgments) assert.match(line, /^ {4}key-judgment: We assess with (moderate|low) confidence that /);
  });

  test('names of key judgments are the sentence without its citation, cut to about 80 characters', () => {
    const { service, files } = samplesWorkspace();
    const judgments = flatten(service.documentSymbols({ path: draft, text: files[draft] })).filter((s) => s.kind === 'key-judgment');
    assert.ok(judgments.length >= 3);
    for (const j of judgments) {
      assert.ok(j.name.length <= 80, j.name);
      assert.ok(!j.name.includes('@') && !j.name.includes('  '), j.name);
    }
    assert.ok(judgments.some((j) => j.name === 'We assess that China will not press North Korea to bring its troops home…'), judgments.map((j) => j.name).join('\n'));
  });

  test('a heading spans its section; the selection is the heading line', () => {
    const { service, files } = samplesWorkspace();
    const background = flatten(service.documentSymbols({ path: clean, text: files[clean] })).find((s) => s.name === 'Background')!;
    const section = files[clean].slice(background.location.span.start, background.location.span.end);
    assert.equal(files[clean].slice(background.selection.start, background.selection.end), '## Background');
    assert.match(section, /^## Background\n\nThe Pentagon confirmed/);
    assert.match(section, /in 1995\[\^1\]\.$/);
    assert.equal(background.location.path, clean);
  });

  test('deeper headings nest, a shallower one closes them; judgments before any heading are top level', () => {
    const text = 'We assess that talks will likely stall.\n\n# Title\n\n## One\n\n### One.a\n\nWe judge that the envoy will likely stay.\n\n## Two\n\n# Annex\n';
    assert.deepEqual(outline(symbolsOf(text)), [
      'key-judgment: We assess that talks will likely stall.',
      'heading: Title',
      '  heading: One',
      '    heading: One.a',
      '      key-judgment: We judge that the envoy will likely stay.',
      '  heading: Two',
      'heading: Annex',
    ]);
  });

  test('half-typed headings and empty documents do not throw, and no name is empty', () => {
    assert.deepEqual(symbolsOf(''), []);
    const symbols = flatten(symbolsOf('# \n\n## Sec\n\nWe assess'));
    assert.ok(symbols.length >= 2);
    assert.ok(symbols.every((s) => s.name.trim() !== ''));
  });

  test('the schema file has no outline here', () => {
    const { service, files } = samplesWorkspace();
    assert.deepEqual(service.documentSymbols({ path: schemaPath, text: files[schemaPath] }), []);
  });
});

describe('workspace symbols', () => {
  /** `kind name` of each symbol for a query. */
  const named = (query: string): string[] => samplesWorkspace().service.workspaceSymbols(query).map((s) => `${s.kind} ${s.name}`);

  test('actors and sources whose key, name, alias or title contains the query, any case', () => {
    const korea = named('korea');
    for (const expected of ['actor North Korea', 'actor South Korea', 'actor Korean Peninsula', 'source china-dprk-2024']) assert.ok(korea.includes(expected), korea.join(', '));
    assert.ok(!korea.includes('actor Japan'));
    assert.deepEqual(named('KOREA'), korea);
    assert.deepEqual(named('pentagon'), ['actor U.S. Department of Defense']);
    assert.deepEqual(named('mfa-briefing'), ['source mfa-briefing-2024-10-24']);
  });

  test('an empty query lists every actor and source', () => {
    const { service, files } = samplesWorkspace();
    const all = service.workspaceSymbols('');
    assert.equal(all.filter((s) => s.kind === 'source').length, 4);
    assert.equal(all.filter((s) => s.kind === 'actor').length, files[schemaPath].match(/^ {4}kind: /gm)!.length);
  });

  test('each symbol points at its key in the schema, with a detail', () => {
    const [northKorea] = samplesWorkspace().service.workspaceSymbols('pyongyang');
    assert.equal(northKorea.location.path, schemaPath);
    assert.equal(northKorea.location.text.slice(northKorea.location.span.start, northKorea.location.span.end), 'north-korea');
    assert.deepEqual(northKorea.selection, northKorea.location.span);
    assert.equal(northKorea.detail, 'state · Pyongyang, DPRK, North Korean, North Koreans');
    const [brief] = samplesWorkspace().service.workspaceSymbols('source brief');
    assert.equal(brief.detail, 'China and North Korean troops in Russia (source brief)');
  });

  test('a query matching nothing gives nothing', () => {
    assert.deepEqual(named('zzz-no-such-thing'), []);
  });
});
