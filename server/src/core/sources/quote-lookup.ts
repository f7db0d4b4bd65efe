import { excerptAround } from './excerpt.js';
import type { IndexedParagraph } from './indexed.js';
import { MAX_GAP, parseQuote, type QuoteFragment, type QuoteItem } from './quote-pattern.js';
import type { PassageMatch } from './types.js';

/** Longest excerpt returned for a found quotation. */
const QUOTE_EXCERPT = 200;

/** Token indices [start, end) of a match. */
interface Hit {
  start: number;
  end: number;
}

/**
 * The token index where `items[i..]` ends when matched from token `pos`, or
 * -1. A gap first tries its own words, then 0..MAX_GAP arbitrary words, so
 * `[North Korea]` matches `North Korea` as well as `Pyongyang`.
 */
function matchFrom(items: QuoteItem[], i: number, words: string[], pos: number): number {
  if (i === items.length) return pos;
  const item = items[i];
  if ('word' in item) return words[pos] === item.word ? matchFrom(items, i + 1, words, pos + 1) : -1;
  const own = item.gap;
  if (own.length > 0 && own.every((w, k) => words[pos + k] === w)) {
    const end = matchFrom(items, i + 1, words, pos + own.length);
    if (end >= 0) return end;
  }
  for (let skip = 0; skip <= MAX_GAP && pos + skip <= words.length; skip++) {
    const end = matchFrom(items, i + 1, words, pos + skip);
    if (end >= 0) return end;
  }
  return -1;
}

/** The earliest match of one fragment at or after token `from`. */
function findFragment(fragment: QuoteFragment, words: string[], from: number): Hit | undefined {
  for (let start = from; start < words.length; start++) {
    const end = matchFrom(fragment, 0, words, start);
    if (end > start) return { start, end };
  }
  return undefined;
}

/**
 * Where all fragments occur in order within one paragraph. Taking each
 * fragment's earliest match is enough: any later placement of a fragment
 * leaves less room for the ones after it.
 */
function matchParagraph(fragments: QuoteFragment[], words: string[]): Hit | undefined {
  let from = 0;
  let first: Hit | undefined;
  let last: Hit | undefined;
  for (const fragment of fragments) {
    const hit = findFragment(fragment, words, from);
    if (!hit) return undefined;
    first ??= hit;
    last = hit;
    from = hit.end;
  }
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** Where a quotation occurs in the paragraphs, with the source's own wording as excerpt. */
export function findQuoteIn(paragraphs: IndexedParagraph[], quote: string): PassageMatch | undefined {
  const fragments = parseQuote(quote);
  if (fragments.length === 0) return undefined;
  for (const paragraph of paragraphs) {
    const hit = matchParagraph(fragments, paragraph.words);
    if (!hit) continue;
    const start = paragraph.tokenStarts[hit.start];
    const end = paragraph.tokenEnds[hit.end - 1];
    return { paragraph: paragraph.number, excerpt: excerptAround(paragraph.text, start, end, QUOTE_EXCERPT), score: 1 };
  }
  return undefined;
}
