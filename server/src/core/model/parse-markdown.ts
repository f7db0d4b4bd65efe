import type { Root } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Extension as TreeExtension } from 'mdast-util-from-markdown';
import type { Extension as SyntaxExtension } from 'micromark-util-types';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The parts of GFM, in remark-gfm's order, each with what a text must hold for
 * it to find anything. GFM costs as much again as the CommonMark parse
 * (2,000 bench assessments: 4.9 s against 2.7 s), above all because tables are
 * tried at the start of every line and bare addresses at every word, so each
 * text is parsed with only the parts it can use. The tree is the same as with
 * all of remark-gfm (test/core/parse-markdown.test.ts compares them).
 */
const gfmParts: Array<{ mayOccur: RegExp; syntax: () => SyntaxExtension }> = [
  // A bare URL or address: `www`, `http`, an `@` after a character an address
  // can end with (or after an escape), or `&`, since a character reference can
  // spell any of these. Letters cannot be escaped, so none of these can reach a
  // text node unless it, or an `&`, is in the source.
  { mayOccur: /[\w+\-.\\]@|&|www|http/i, syntax: gfmAutolinkLiteral },
  { mayOccur: /\[\^/, syntax: gfmFootnote },
  { mayOccur: /~/, syntax: gfmStrikethrough },
  // A table's rows hold a pipe, except a one-column table's, whose delimiter row then aligns it (`:-`, `-:`).
  { mayOccur: /\||:-|-:/, syntax: gfmTable },
  { mayOccur: /\[[\sxX]\]/, syntax: gfmTaskListItem },
];

const allParts = (1 << gfmParts.length) - 1;

/** What parseMarkdown needs of a frozen processor. */
interface MarkdownParser {
  parse(text: string): Root;
}

// One frozen processor per set of parts, made when first needed: building one costs more than a parse.
const processors = new Map<number, MarkdownParser>([[allParts, unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()]]);

/** Parses Markdown (with YAML front matter and GFM tables and footnotes) into mdast. */
export function parseMarkdown(text: string): Root {
  let parts = 0;
  for (let i = 0; i < gfmParts.length; i++) if (gfmParts[i].mayOccur.test(text)) parts |= 1 << i;
  return processorFor(parts).parse(text);
}

function processorFor(parts: number): MarkdownParser {
  let processor = processors.get(parts);
  if (!processor) {
    processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(someOfGfm, parts).freeze();
    processors.set(parts, processor);
  }
  return processor;
}

/** A unified plugin: the GFM parts in the bit set `parts`, as remark-gfm adds all of them. */
function someOfGfm(this: Processor, parts: number): void {
  const data = this.data();
  const trees: TreeExtension[] = gfmFromMarkdown();
  const chosen = gfmParts.flatMap((_, i) => (parts & (1 << i) ? [i] : []));
  (data.micromarkExtensions ??= []).push(...chosen.map((i) => gfmParts[i].syntax()));
  (data.fromMarkdownExtensions ??= []).push(chosen.map((i) => trees[i]));
}
