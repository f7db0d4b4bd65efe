// parseMarkdown leaves out GFM's autolink-literal transform where the text has
// nowhere a bare URL or address could start: its tree must still be exactly
// the one remark gives with the whole of remark-gfm.
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

const linkCount = (node: Node): number =>
  (node.type === 'link' ? 1 : 0) + ((node as { children?: Node[] }).children ?? []).reduce((sum, child) => sum + linkCount(child), 0);

// Links only the transform finds: micromark's own GFM tokenizer misses a
// character reference or an escape inside them.
const transformOnly = ['Write to desk&#64;harbour.example today.', 'Write to desk\\@harbour.example today.', 'See www&#46;harbour.example for the log.'];

test('a bare address spelt with a character reference or an escape still becomes a link', () => {
  for (const text of transformOnly) {
    const tree = parseMarkdown(text);
    assert.equal(linkCount(tree), 1, text);
    assert.deepEqual(tree, reference.parse(text), text);
  }
});

test('prose with pandoc citations and no URL gives the same tree as the full GFM parse', () => {
  const text = '# Port\n\nThe council met twice [@minutes, ¶2].\n\n- A list item with **bold** text.\n';
  assert.deepEqual(parseMarkdown(text), reference.parse(text));
  assert.equal(linkCount(parseMarkdown(text)), 0);
});

const piece = fc.oneof(
  fc.constantFrom('www', 'WWW', 'http', 'HTTPS', '://', 'mailto:', 'xmpp:', '@', '&#64;', '&commat;', '&#46;', '&amp;', '\\@', '\\.', '\\_', '.example', '.co'),
  fc.constantFrom('a', 'desk', '_', '-', '+', '.', ' ', '\n', '\n\n', '[', ']', '(', ')', '<', '>', '*', '`', '[@src, ¶1]', '[^1]', '[^1]: note', '> ', '- ', '| a | b |\n| - | - |\n'),
);

test('any text gives the same tree as the full GFM parse', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(parseMarkdown(text), reference.parse(text));
    }),
    { ...fuzzParameters, numRuns: fuzzParameters.numRuns * 20 },
  );
});
