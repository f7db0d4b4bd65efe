import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseClaimsSchema } from '../../server/src/core/schema/parse-schema.js';
import { readSourceFiles } from '../../server/src/core/schema/source-files.js';
import type { ReadResult, WorkspaceHost } from '../../server/src/core/workspace-host.js';

/** The YAML text each problem points at, so a test reads like the file. */
function problemsAt(text: string) {
  return parseClaimsSchema(text).problems.map((p) => [text.slice(p.span.start, p.span.end), p.message]);
}

describe('claims schema', () => {
  test('a valid schema gives sources, actors, vocabulary and severities', () => {
    const schema = parseClaimsSchema('version: 1\nestimative: phia\nsources:\n  a:\n    title: A\n    date: 2024-11-20\n    reliability: B\n    credibility: 2\nactors:\n  cn:\n    name: China\n    kind: state\n    aliases: [Beijing, PRC]\n    related: []\nrules:\n  unsourced-assertion: error\n');
    assert.deepEqual(schema.problems, []);
    assert.equal(schema.estimative, 'phia');
    assert.deepEqual(schema.sources.get('a'), { key: 'a', title: 'A', date: '2024-11-20', reliability: 'B', credibility: 2, keySpan: schema.sources.get('a')!.keySpan });
    assert.deepEqual(schema.actors.get('cn')?.aliases, ['Beijing', 'PRC']);
    assert.equal(schema.rules['unsourced-assertion'], 'error');
  });

  test('every mistake is reported at its node, and the valid parts are still served', () => {
    const text = 'version: 1\ncolour: blue\nsources:\n  a:\n    title: [not, a, string]\n    reliability: G\n  b:\n    title: B\n  a:\n    title: again\nactors:\n  cn:\n    name: China\n    aliases: [Beijing]\n    related: [atlantis]\n  bj:\n    name: Beijing City\n    aliases: [Beijing]\n';
    const problems = problemsAt(text);
    assert.deepEqual(problems.map(([at]) => at), ['a', 'colour', '[not, a, string]', 'G', 'Beijing', 'atlantis']);
    assert.match(problems[0][1], /Duplicate key "a"/);
    assert.match(problems[4][1], /already claimed by actor "cn"/);
    const schema = parseClaimsSchema(text);
    assert.equal(schema.sources.get('b')?.title, 'B');
    assert.equal(schema.actors.get('cn')?.name, 'China');
  });

  test('an actor field written twice: the later one wins, as the duplicate-key problem says', () => {
    const text = 'version: 1\nactors:\n  ferry:\n    name: Ferry Union\n    aliases: [the ferrymen]\n    related: [port]\n    aliases: [the crews, the deckhands]\n    related: []\n';
    const schema = parseClaimsSchema(text);
    const ferry = schema.actors.get('ferry')!;
    assert.deepEqual(ferry.aliases, ['the crews', 'the deckhands']);
    assert.deepEqual(ferry.aliasSpans.map((span) => text.slice(span.start, span.end)), ['the crews', 'the deckhands']);
    assert.deepEqual(ferry.related, []);
    assert.deepEqual(problemsAt(text).map(([at]) => at), ['aliases', 'related']);
  });

  test('broken YAML is a problem, not a crash', () => {
    const schema = parseClaimsSchema('version: 1\nsources:\n  a:\n    title: "unterminated\nactors: [\n');
    assert.ok(schema.problems.length > 0);
    assert.ok(schema.problems.every((p) => p.code === 'schema-error'));
  });

  test('150,000 problems of one kind are all reported, not a stack overflow', () => {
    // Every actor claims one alias, and every actor key is written twice: 150,000 of each problem.
    const lines = ['version: 1', 'actors:'];
    for (let i = 0; i < 150_000; i++) lines.push(`  a${i}: { name: Harbour ${i}, aliases: [the harbour] }`, `  a${i}: { name: Harbour ${i}, aliases: [the harbour] }`);
    const schema = parseClaimsSchema(lines.join('\n') + '\n');
    assert.equal(schema.actors.size, 150_000);
    assert.equal(schema.problems.filter((p) => p.message.startsWith('Duplicate key')).length, 150_000);
    assert.equal(schema.problems.filter((p) => p.message.startsWith('Alias "the harbour" is already claimed')).length, 149_999);
  });

  test('an empty file or a list at the top is reported, not thrown', () => {
    assert.deepEqual(parseClaimsSchema('').problems, []);
    assert.match(parseClaimsSchema('- a\n- b\n').problems[0].message, /Expected a mapping/);
  });
});

describe('source files', () => {
  const files: Record<string, string> = { '/ws/sources/a.md': 'Text of A.' };
  const host: WorkspaceHost = {
    readText: (p): ReadResult => (p in files ? { text: files[p] } : { error: 'no such file' }),
    fileExists: (p) => p in files,
  };

  test('missing and escaping files are source-file-missing at the file: value', () => {
    const text = 'version: 1\nsources:\n  a:\n    file: sources/a.md\n  gone:\n    file: sources/gone.md\n  out:\n    file: ../secrets.txt\n';
    const schema = parseClaimsSchema(text);
    const { texts, problems } = readSourceFiles(schema, '/ws/claims-schema.yaml', host);
    assert.deepEqual(texts.map((t) => [t.key, t.text]), [['a', 'Text of A.']]);
    assert.deepEqual(problems.map((p) => [p.code, text.slice(p.span.start, p.span.end)]), [
      ['source-file-missing', 'sources/gone.md'],
      ['source-file-missing', '../secrets.txt'],
    ]);
    assert.match(problems[1].message, /goes outside the folder \(\.\.\); source files must stay inside the schema's folder/);
  });
});
