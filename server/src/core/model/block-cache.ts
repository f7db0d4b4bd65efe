import type { ProseBlock } from './prose-blocks.js';
import type { Sentence } from './types.js';

/** A block's sentences as the cache gives them, with what stands for the block across versions. */
export interface CachedBlock {
  sentences: Sentence[];
  /** The same object for as long as the block's content is unchanged, wherever it moves; none for a block always rebuilt. */
  origin?: object;
  /** How far the block has moved since `origin` was built. */
  shift: number;
}

/** How many blocks are remembered per schema version; a long document has a few hundred. */
const CAPACITY = 4000;

/**
 * The sentences of blocks already analysed, so that a keystroke re-analyses
 * only the block it changed. remark has no incremental parse, so the document
 * is parsed again, but segmentation, citations, numbers, estimative terms,
 * mentions and claim verdicts of every unchanged block are reused, shifted to
 * where the block now starts.
 */
export class BlockCache {
  private readonly entries = new Map<string, { start: number; blockIndex: number; sentences: Sentence[] }>();

  /** The sentences of a block, from the cache or built (and remembered). */
  blockOf(block: ProseBlock, blockIndex: number, build: () => Sentence[]): CachedBlock {
    // A footnote's citation points into its definition elsewhere in the document: such blocks are always rebuilt.
    if (block.footnotes.length > 0) return { sentences: build(), shift: 0 };
    const key = (block.cacheKey ??= keyOf(block));
    const cached = this.entries.get(key);
    // A block before the change is where it was: its sentences are taken as they are.
    if (cached && cached.start === block.start && cached.blockIndex === blockIndex) return { sentences: cached.sentences, origin: cached, shift: 0 };
    const shift = block.start - (cached?.start ?? block.start);
    if (cached) return { sentences: cached.sentences.map((s) => shiftSentence(s, shift, blockIndex)), origin: cached, shift };
    const sentences = build();
    if (this.entries.size >= CAPACITY) this.entries.clear();
    const entry = { start: block.start, blockIndex, sentences };
    this.entries.set(key, entry);
    return { sentences, origin: entry, shift: 0 };
  }
}

/** Everything a block's sentences depend on, with offsets made relative to the block. */
function keyOf(block: ProseBlock): string {
  // Each text is prefixed with its length, so no two different blocks make the same key.
  const section = block.section === undefined ? '-' : `${block.section.length}:${block.section}`;
  let key = `${block.kind}|${section}|${block.prose.length}:${block.prose}`;
  for (const link of block.links) key += `|${link.url.length}:${link.url},${link.span.start - block.start},${link.span.end - block.start}`;
  key += '|';
  for (const span of block.textSpans) key += `${span.start - block.start},${span.end - block.start};`;
  return key;
}

/** A sentence moved by `delta` characters into block number `blockIndex`; every span moves with it. */
function shiftSentence(sentence: Sentence, delta: number, blockIndex: number): Sentence {
  if (delta === 0) return { ...sentence, blockIndex };
  const move = <T extends { span: { start: number; end: number } }>(item: T): T => ({ ...item, span: shift(item.span, delta) });
  // Most sentences hold no quote, number or estimative term: an empty list is shared, never copied (models are not changed once built).
  const moveAll = <T extends { span: { start: number; end: number } }>(items: T[]): T[] => (items.length === 0 ? items : items.map(move));
  return {
    ...sentence,
    span: shift(sentence.span, delta),
    blockIndex,
    citations: sentence.citations.length === 0 ? sentence.citations : sentence.citations.map((c) => (c.keySpan ? { ...move(c), keySpan: shift(c.keySpan, delta) } : move(c))),
    quotes: moveAll(sentence.quotes),
    numbers: moveAll(sentence.numbers),
    estimative: moveAll(sentence.estimative),
    mentions: moveAll(sentence.mentions),
  };
}

function shift(span: { start: number; end: number }, delta: number): { start: number; end: number } {
  return delta === 0 ? span : { start: span.start + delta, end: span.end + delta };
}
