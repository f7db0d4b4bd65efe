// The plain YAML reader (core/schema/plain-yaml.ts) stands in for the yaml
// library on the schemas people write: wherever it reads a text, it must give
// the nodes, values and ranges yaml gives, and so the same schema, problems and
// spans; wherever it is unsure it must decline. Random schema-like texts,
// many of them outside what it reads, and every schema in the repository.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, visit, type Document } from 'yaml';
import { readPlainYaml } from '../../server/src/core/schema/plain-yaml.js';
import { duplicateKeys } from '../../server/src/core/schema/duplicate-keys.js';
import { parseClaimsSchema, parseYaml, schemaOfDocument } from '../../server/src/core/schema/parse-schema.js';
import { fuzzParameters } from '../fuzz/budget.js';
import { makeActors, schemaText, makeSources, seededRandom } from '../../scripts/bench/generate-workspace.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Every node in document order: kind, value and the range the schema reader uses. */
function nodesOf(doc: Document): string[] {
  const nodes: string[] = [];
  visit(doc, {
    Node(_, node) {
      const kind = isScalar(node) ? `scalar ${typeof node.value} ${JSON.stringify(node.value)}` : isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'other';
      nodes.push(`${kind} ${node.range?.[0]}-${node.range?.[1]}`);
    },
  });
  return nodes;
}

/** The duplicate-key check as it was, through yaml's `visit`: the reference for the plain walk that replaced it. */
function duplicateKeysByVisit(doc: Document): Array<{ span: { start: number; end: number } }> {
  const found: Array<{ span: { start: number; end: number } }> = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const identity = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(identity)) found.push({ span: { start: pair.key.range[0], end: pair.key.range[1] } });
        seen.add(identity);
      }
    },
  });
  return found;
}

/** Where the plain reader reads the text, yaml finds no error and the same tree, and the schema is the same. */
function assertSameWhereRead(text: string): boolean {
  const read = readPlainYaml(text);
  if (!read) return false;
  const plain = read.doc;
  const yaml = parseYaml(text);
  assert.deepEqual(yaml.errors.map((e) => e.message), [], `read a text with YAML errors: ${JSON.stringify(text)}`);
  assert.deepEqual(nodesOf(plain), nodesOf(yaml), JSON.stringify(text));
  // The duplicate keys the reader notes while reading are those of a walk of yaml's tree (in another order).
  const byStart = (found: Array<{ span: { start: number; end: number } }>) => [...found].sort((a, b) => a.span.start - b.span.start);
  assert.deepEqual(byStart(read.duplicateKeys), byStart(duplicateKeysByVisit(yaml)), JSON.stringify(text));
  assert.deepEqual(schemaOfDocument(text, plain, read.duplicateKeys), schemaOfDocument(text, yaml), JSON.stringify(text));
  assertSameSchema(text);
  return true;
}

/**
 * The schema as parsed, whose plain path reads each entry as the reader hands
 * it over (never a whole tree), is the schema of yaml's tree: problems in the
 * same order and spans, wherever the text is read, declined or declined half way.
 */
function assertSameSchema(text: string): void {
  assert.deepEqual(parseClaimsSchema(text), schemaOfDocument(text, parseYaml(text)), JSON.stringify(text));
}

function schemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return schemaFiles(full);
    return name.endsWith('.yaml') ? [full] : [];
  });
}

// Pieces of values: plain, quoted, numbers, dates, flow collections, and many
// that the reader must leave to yaml (anchors, tags, escapes, pairs, comments).
const plainScalars = [
  'x', 'two words', 'Boupa Council', 'A', '1', '012', '~', 'null', 'Null', 'true', 'False', 'TRUE', '2025-01-10', 'http://example.org/a:b',
  '"quoted"', '"it\'s"', "'single'", "'it''s'", '""', "''", 'a #not a comment', 'a#b', 'trailing   ', 'a  b', 'a [b] {c}', "People's Republic",
  'Ünïcode', 'sources/src-1.md', '[a, b]', '[Beijing, PRC, Chinese]', '[a, "b c", [d]]', '[ p , "q r" , s ]', '{name: X, aliases: [Y, Z]}',
  '{ name: Boupa, aliases: [Boupa Council, the Boupa ministry] }', '[]', '{}', '[ ]', '{"k": v}', "['it''s', x]", '[1, true, ~]', '{a: [b, {c: d}]}',
];
const oddScalars = [
  '1.5', '0x1F', '0o7', '-3', '+4', '1e3', '.inf', '"esc \\" aped"', 'a: b', 'ends:', '-x', '- x', '? x', ': x', '&anchor x', '*ref', '!tag x', '|', '>',
  "'unclosed", '"unclosed', '%x', '@x', '`x`', 'x\ty', '[a,]', '[a: b]', '{a}', '{a: }', '{a:b}', '[a, b', '[a #c]', '["x": y]', '[a]x', '[1.5]', '"a"b',
];
const keys = ['version', 'sources', 'actors', 'name', 'aliases', 'related', 'file', 'title', 'kind', 'rules', 'a', 'b', 'src-1', 'actor.x', '1000', 'null', 'true', 'é'];
const oddKeys = ['1.5', 'key with space', '"quoted"', '-k', 'k ', '? k'];

interface Tree {
  kind: 'map' | 'seq' | 'scalar' | 'empty';
  entries?: Array<{ key: string; value: Tree; comment?: number; blank?: boolean; trailing?: boolean }>;
  items?: Array<{ value: Tree; comment?: number }>;
  token?: string;
  sameIndentSeq?: boolean;
}

const token = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...plainScalars) }, { weight: 1, arbitrary: fc.constantFrom(...oddScalars) });
const key = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.constantFrom(...oddKeys) });
/** A comment line's indent relative to the entry after it: mostly the same, sometimes shallower or deeper. */
const comment = fc.option(fc.constantFrom(0, 0, 0, -1, 1, 2), { freq: 4, nil: undefined });
const { tree } = fc.letrec<{ tree: Tree; map: Tree; seq: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { weight: 4, arbitrary: token.map((t): Tree => ({ kind: 'scalar', token: t })) }, { weight: 1, arbitrary: fc.constant<Tree>({ kind: 'empty' }) }, tie('map'), tie('seq')),
  map: fc.array(fc.record({ key, value: tie('tree'), comment, blank: fc.boolean(), trailing: fc.boolean() }), { minLength: 1, maxLength: 4 }).map((entries): Tree => ({ kind: 'map', entries })),
  seq: fc.record({ items: fc.array(fc.record({ value: tie('tree'), comment }), { minLength: 1, maxLength: 3 }), same: fc.boolean() })
    .map(({ items, same }): Tree => ({ kind: 'seq', items, sameIndentSeq: same })),
}));

/** YAML for a tree at an indent; comments at an indent relative to it; odd shapes left in on purpose. */
function render(node: Tree, indent: number): string {
  const pad = (n: number) => ' '.repeat(Math.max(0, n));
  if (node.kind === 'map') {
    return node.entries!.map((e) => {
      const comment = e.comment === undefined ? '' : `${pad(indent + 2 * e.comment)}# note\n`;
      const blank = e.blank ? '\n' : '';
      const head = `${blank}${comment}${pad(indent)}${e.key}:`;
      const trailing = e.trailing ? '  # said' : '';
      if (e.value.kind === 'scalar') return `${head} ${e.value.token}${trailing}\n`;
      if (e.value.kind === 'empty') return `${head}${trailing}\n`;
      const childIndent = e.value.kind === 'seq' && e.value.sameIndentSeq ? indent : indent + 2;
      return `${head}${trailing}\n${render(e.value, childIndent)}`;
    }).join('');
  }
  if (node.kind === 'seq') {
    return node.items!.map((item) => {
      const comment = item.comment === undefined ? '' : `${pad(indent + 2 * item.comment)}# item\n`;
      if (item.value.kind === 'scalar') return `${comment}${pad(indent)}- ${item.value.token}\n`;
      if (item.value.kind === 'empty') return `${comment}${pad(indent)}-\n`;
      return `${comment}${pad(indent)}-\n${render(item.value, indent + 2)}`;
    }).join('');
  }
  return node.kind === 'scalar' ? `${node.token}\n` : '\n';
}

describe('plain YAML reader', () => {
  test('every schema in the repository reads the same as with yaml, and the common ones are read', () => {
    const files = [...schemaFiles(path.join(root, 'samples')), ...schemaFiles(path.join(root, 'test'))];
    const read = files.filter((file) => assertSameWhereRead(readFileSync(file, 'utf8')));
    assert.ok(read.length >= 5, `only ${read.length} of ${files.length} read`);
    assert.ok(read.includes(path.join(root, 'samples/claims-schema.yaml')));
  });

  test('the benchmark’s generated schema, thousands of one-line actors, is read and the same', () => {
    const random = seededRandom(3);
    const actors = makeActors(3000);
    assert.equal(assertSameWhereRead(schemaText(makeSources(5, actors, random), actors)), true);
  });

  test('random schema-like texts: the same as yaml wherever read', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(tree.filter((t) => t.kind === 'map'), fc.constantFrom('', '\n', '\n', '\n\n', '# end\n'), (t, end) => {
        runs++;
        const text = render(t, 0).replace(/\n$/, '') + (end === '' ? '' : `\n${end}`);
        const yaml = parseYaml(text);
        assert.deepEqual(duplicateKeys(yaml), duplicateKeysByVisit(yaml), JSON.stringify(text));
        if (assertSameWhereRead(text)) read++;
        else assertSameSchema(text);
      }),
      { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 10 },
    );
    // Not a test that cannot fail: a good share of the texts is read and compared.
    if (process.env.PLAIN_YAML_STATS) console.log(`read ${read} of ${runs}`);
    assert.ok(read >= runs / 10, `read ${read} of ${runs}`);
  });

  test('keys written twice, in block and flow mappings and at any depth, are noted while reading as a walk of yaml’s tree finds them', () => {
    const text = [
      'version: 1',
      'actors:',
      '  harbour-board:',
      '    name: Harbour board',
      '    name: Harbour Board',
      '    aliases: [the board, the port board]',
      '  harbour-board:',
      '    name: Second entry',
      'rules: {unsourced-assertion: warning, unsourced-assertion: off}',
      'version: 2',
    ].join('\n') + '\n';
    const read = readPlainYaml(text);
    assert.ok(read, 'the reader reads it');
    const keys = read.duplicateKeys.map(({ span }) => text.slice(span.start, span.end)).sort();
    assert.deepEqual(keys, ['harbour-board', 'name', 'unsourced-assertion', 'version']);
    assertSameWhereRead(text);
  });

  test('a text it declines after handing over many actors gives the schema yaml’s tree gives, nothing of the part read kept twice', () => {
    const actors = Array.from({ length: 200 }, (_, i) => `  actor-${i}: { name: Name${i}, aliases: [Alias${i}, the Alias${i} office] }`);
    // An anchor late in the actors: the reader reads 150 entries into the schema, then declines.
    actors.splice(150, 0, '  anchored: &a { name: Anchored }');
    const text = ['version: 2', 'rules:', '  no-such-rule: warning', 'actors:', ...actors, '  actor-3: { name: Name3 again }', ''].join('\n');
    const schema = parseClaimsSchema(text);
    assertSameSchema(text);
    assert.equal(schema.actors.size, 201);
    assert.equal(schema.actors.get('anchored')?.name, 'Anchored');
    assert.equal(schema.actors.get('actor-3')?.name, 'Name3 again');
    assert.deepEqual(schema.problems.map((p) => p.message.split(' ')[0]), ['Duplicate', 'Unsupported', 'Unknown']);
  });

  test('what it must not read is left to yaml', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: |\n  text\n', 'a: x\n  continued\n', 'a:\tb\n', 'a: b\r\n', '---\na: 1\n', 'a: "x\\ny"\n', 'a:\n  b: 1\n    # deeper\n  c: 2\n', 'a: 1\n# trailing\n', 'a: [x,\n  y]\n']) {
      assert.equal(readPlainYaml(text), undefined, JSON.stringify(text));
    }
  });
});
