// parseMarkdown parses each text with only the parts of GFM it could use (no
// table parser where there is no pipe, and so on): its tree must still be
// exactly the one remark gives with the whole of remark-gfm.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Node } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../server/src/core/model/parse-markdown.js';
import { fuzzParameters } from '../fuzz/budget.js';

const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** How many nodes of a type the tree holds (`checked` counts list items with a task box). */
const count = (node: Node, type: string): number =>
  (node.type === type || (type === 'checked' && typeof (node as { checked?: unknown }).checked === 'boolean') ? 1 : 0) +
  ((node as { children?: Node[] }).children ?? []).reduce((sum, child) => sum + count(child, type), 0);

/** One text per part of GFM, in our own words, with the node it must give. */
const eachPart: Array<[string, string]> = [
  ['See www.harbour.example for the log.', 'link'],
  ['Write to desk@harbour.example today.', 'link'],
  // Links only the autolink transform finds: micromark's own tokenizer misses a reference or an escape inside them.
  ['Write to desk&#64;harbour.example today.', 'link'],
  ['Write to desk\\@harbour.example today.', 'link'],
  ['See www&#46;harbour.example for the log.', 'link'],
  ['The ferry left on time.[^1]\n\n[^1]: The harbour log.', 'footnoteReference'],
  ['The vote was ~~delayed~~ held.', 'delete'],
  ['| port | arrivals |\n| --- | --- |\n| north | 40 |', 'table'],
  ['Arrivals\n:-:\nforty', 'table'],
  ['- [ ] check the log\n- [x] call the harbour master', 'checked'],
];

test('each part of GFM still gives its node, and the same tree as the whole of remark-gfm', () => {
  for (const [text, type] of eachPart) {
    const tree = parseMarkdown(text);
    assert.ok(count(tree, type) > 0, `${text}: no ${type}`);
    assert.deepEqual(tree, reference.parse(text), text);
  }
});

test('prose with pandoc citations and no GFM gives the same tree as the whole of remark-gfm', () => {
  const text = '---\ntitle: A brief\n---\n\n# Port\n\nThe council met twice [@minutes, ¶2].\n\n- A list item with **bold** text.\n';
  assert.deepEqual(parseMarkdown(text), reference.parse(text));
});

const piece = fc.oneof(
  fc.constantFrom('www', 'WWW', 'http', 'HTTPS', '://', 'mailto:', 'xmpp:', '@', '&#64;', '&commat;', '&#46;', '&amp;', '&#124;', '&#126;', '\\@', '\\.', '\\|', '\\~', '.example', '.co'),
  fc.constantFrom('|', ' | ', '|---|', '| - |', ':-', '-:', '~', '~~', '[^1]', '[^1]: note', '[^', '^', '[ ]', '[x]', '[X]', '[\t]', '- [ ] ', '* [x] '),
  fc.constantFrom('a', 'desk', '_', '-', '+', '.', ' ', '\n', '\n\n', '[', ']', '(', ')', '<', '>', '*', '`', '```\n', '[@src, ¶1]', '> ', '- ', '1. ', '    ', '---\n', '#'),
);

test('any text gives the same tree as the whole of remark-gfm', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(parseMarkdown(text), reference.parse(text));
    }),
    { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 20 },
  );
});
