import type { FootnoteDefinition, Nodes, Parents, Root, Text } from 'mdast';
import type { Span } from '../text/line-index.js';
import type { ProseBlockMemo } from './prose-block-memo.js';
import type { BlockKind, Heading } from './types.js';

/**
 * One block of prose (a paragraph, heading or table cell) as a string the same
 * length as its slice of the document, with everything that is not prose
 * (markup, code, URLs, HTML) blanked to spaces. Offsets therefore map 1:1:
 * document offset = `start + index`.
 */
export interface ProseBlock {
  kind: BlockKind;
  start: number;
  prose: string;
  /** The nearest heading above the block. */
  section?: string;
  /** Footnote references in the block: identifier and span. */
  footnotes: Array<{ identifier: string; span: Span }>;
  /** Links and autolinks in the block: URL and span of the whole link. */
  links: Array<{ url: string; span: Span }>;
  /** Text node spans, where citations and other inline syntax are looked for. */
  textSpans: Span[];
  /** The block cache's key (block-cache.ts), once made: a block the memo moves keeps it, so the key is made once. */
  cacheKey?: string;
}

/** What the walk found besides prose: footnote definitions and HTML comments. */
export interface MarkdownParts {
  blocks: ProseBlock[];
  footnoteDefinitions: Map<string, FootnoteDefinition>;
  htmlComments: Array<{ value: string; span: Span }>;
  headings: Heading[];
  frontMatter?: { value: string; span: Span };
}

const containerKinds: Partial<Record<string, BlockKind>> = { listItem: 'list-item', blockquote: 'blockquote' };

/**
 * Walks the tree once and collects the prose blocks and the other parts rules
 * need. With a memo (while typing), the paragraphs the incremental parse kept
 * are not built again.
 */
export function collectMarkdownParts(tree: Root, text: string, memo?: ProseBlockMemo): MarkdownParts {
  const parts: MarkdownParts = { blocks: [], footnoteDefinitions: new Map(), htmlComments: [], headings: [] };
  let section: string | undefined;
  const walk = (node: Nodes, container: BlockKind): void => {
    if (node.type === 'yaml') parts.frontMatter = { value: node.value, span: spanOf(node) };
    else if (node.type === 'html') collectComments(node.value, spanOf(node).start, parts);
    else if (node.type === 'footnoteDefinition') parts.footnoteDefinitions.set(node.identifier, node);
    else if (node.type === 'heading') {
      const block = buildBlock(node, 'heading', text, section, parts);
      section = block.prose.trim().replace(/\s+/g, ' ');
      parts.blocks.push({ ...block, section });
      parts.headings.push({ depth: node.depth, text: section, span: spanOf(node) });
    } else if (node.type === 'paragraph' || node.type === 'tableCell') {
      const kind = node.type === 'tableCell' ? 'table-cell' : container;
      let block = memo?.reuse(node, kind, section, parts);
      if (!block) {
        const commentsFrom = parts.htmlComments.length;
        block = buildBlock(node, kind, text, section, parts);
        memo?.remember(node, kind, section, block, parts, commentsFrom);
      }
      parts.blocks.push(block);
    } else if ('children' in node) {
      const inner = containerKinds[node.type] ?? container;
      for (const child of (node as Parents).children) walk(child as Nodes, inner);
    }
  };
  walk(tree, 'paragraph');
  return parts;
}

function buildBlock(node: Parents, kind: BlockKind, text: string, section: string | undefined, parts: MarkdownParts): ProseBlock {
  const { start, end } = spanOf(node);
  const block: ProseBlock = { kind, start, prose: '', section, footnotes: [], links: [], textSpans: [] };
  // The prose is built in document order: blanks up to each text node, then its characters.
  const pieces: string[] = [];
  let cursor = start;
  const copy = (span: Span, value: string): void => {
    if (span.start < cursor) return;
    pieces.push(' '.repeat(span.start - cursor));
    if (span.end - span.start === value.length) pieces.push(text.slice(span.start, span.end).replace(/[\r\n]/g, ' '));
    else {
      // Inside block quotes and with escapes the source also holds `>` markers or backslashes: only the value's own characters are copied.
      const chars = new Array<string>(span.end - span.start).fill(' ');
      for (const i of alignValue(text, span, value)) chars[i - span.start] = isLineBreak(text[i]) ? ' ' : text[i];
      pieces.push(chars.join(''));
    }
    cursor = span.end;
  };
  const visit = (child: Nodes): void => {
    const span = spanOf(child);
    if (child.type === 'text') {
      copy(span, child.value);
      block.textSpans.push(span);
    } else if (child.type === 'footnoteReference') block.footnotes.push({ identifier: child.identifier, span });
    else if (child.type === 'html') collectComments(child.value, span.start, parts);
    else if (child.type === 'link') {
      block.links.push({ url: child.url, span });
      if (!isAutolink(child.children, child.url)) child.children.forEach((c) => visit(c as Nodes));
    } else if ('children' in child) (child as Parents).children.forEach((c) => visit(c as Nodes));
  };
  node.children.forEach((c) => visit(c as Nodes));
  pieces.push(' '.repeat(Math.max(0, end - cursor)));
  block.prose = pieces.join('').slice(0, end - start);
  return block;
}

/**
 * The document offsets whose characters belong to a text node's value. Usually
 * the whole span; inside block quotes and with escapes the source also holds
 * `>` markers or backslashes, which are skipped by walking both in step.
 */
function alignValue(text: string, span: Span, value: string): number[] {
  const offsets: number[] = [];
  if (span.end - span.start === value.length) {
    for (let i = span.start; i < span.end; i++) offsets.push(i);
    return offsets;
  }
  let v = 0;
  for (let i = span.start; i < span.end && v < value.length; i++) {
    if (text[i] === value[v] || (isLineBreak(text[i]) && isLineBreak(value[v]))) {
      offsets.push(i);
      v++;
    }
  }
  return offsets;
}

/** An autolink shows its own URL as text; a URL is never prose. */
function isAutolink(children: Nodes[], url: string): boolean {
  if (children.length !== 1 || children[0].type !== 'text') return false;
  const shown = (children[0] as Text).value;
  return url === shown || url.endsWith(shown) || url === `mailto:${shown}`;
}

function collectComments(value: string, offset: number, parts: MarkdownParts): void {
  for (const match of value.matchAll(/<!--([\s\S]*?)-->/g)) {
    const start = offset + (match.index ?? 0);
    parts.htmlComments.push({ value: match[1].trim(), span: { start, end: start + match[0].length } });
  }
}

function isLineBreak(c: string): boolean {
  return c === '\n' || c === '\r';
}

function spanOf(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
