import type { Parents } from 'mdast';
import type { Span } from '../text/line-index.js';
import type { BlockKind } from './types.js';
import type { MarkdownParts, ProseBlock } from './prose-blocks.js';

interface Entry {
  /** Where the node started when its block was built. */
  start: number;
  kind: BlockKind;
  section: string | undefined;
  block: ProseBlock;
  /** HTML comments inside the block, which building it collected. */
  comments: MarkdownParts['htmlComments'];
}

/**
 * The prose block of each paragraph node, while typing. The incremental parse
 * (incremental-parse.ts) keeps the node of every block a change did not touch,
 * moved to its new offset, so such a node's block is the one built before,
 * moved as far as the node moved: a keystroke in a long document builds the
 * prose of one block, not of all of them. A block depends on its node's content,
 * its container and the heading above it, so a change of either builds it again.
 */
export class ProseBlockMemo {
  private readonly entries = new WeakMap<Parents, Entry>();

  /** The node's block built before, moved as far as the node moved, with its comments added to `parts`; undefined when it must be built. */
  reuse(node: Parents, kind: BlockKind, section: string | undefined, parts: MarkdownParts): ProseBlock | undefined {
    const entry = this.entries.get(node);
    if (!entry || entry.kind !== kind || entry.section !== section) return undefined;
    const delta = startOf(node) - entry.start;
    for (const comment of entry.comments) parts.htmlComments.push(delta === 0 ? comment : { value: comment.value, span: shift(comment.span, delta) });
    return delta === 0 ? entry.block : shiftBlock(entry.block, delta);
  }

  /** Remembers a block just built; `commentsFrom` is where its comments start in `parts.htmlComments`. */
  remember(node: Parents, kind: BlockKind, section: string | undefined, block: ProseBlock, parts: MarkdownParts, commentsFrom: number): void {
    this.entries.set(node, { start: startOf(node), kind, section, block, comments: parts.htmlComments.slice(commentsFrom) });
  }
}

function startOf(node: Parents): number {
  return node.position?.start.offset ?? 0;
}

function shiftBlock(block: ProseBlock, delta: number): ProseBlock {
  return {
    ...block,
    start: block.start + delta,
    footnotes: block.footnotes.map((f) => ({ identifier: f.identifier, span: shift(f.span, delta) })),
    links: block.links.map((l) => ({ url: l.url, span: shift(l.span, delta) })),
    textSpans: block.textSpans.map((span) => shift(span, delta)),
  };
}

function shift(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}
