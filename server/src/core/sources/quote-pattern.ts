import { normaliseTypography, wordTokens } from './normalise.js';

/** One element of a quotation pattern: a word, or a bracketed insertion. */
export type QuoteItem =
  | { word: string }
  /** `[North Korea]`: the same words, or up to MAX_GAP source words they stand for. */
  | { gap: string[] };

/** A run of the quotation between elisions; runs must occur in order. */
export type QuoteFragment = QuoteItem[];

/** How many source words a bracketed insertion may stand for. */
export const MAX_GAP = 6;

/** `…`, `...`, `. . .`, `[…]`, `[...]`, `(...)`: the writer left words out. */
const ELISION = /\[\s*(?:\.\s*){3}\]|\(\s*(?:\.\s*){3}\)|\.\s?\.\s?\./g;
/** Editorial notes that stand for nothing in the source. */
const EDITORIAL = /\[\s*(?:sic|emphasis (?:added|in original)|citation needed)\s*\]/gi;
/** A bracket glued to letters, `[t]he` or `state[s]`: an editorial letter change, read as plain text. */
const GLUED = /(?<=\p{L})\[([^\]\s]*)\]|\[([^\]\s]*)\](?=\p{L})/gu;
const BRACKET = /\[([^\]]*)\]/g;

/** The words of a plain piece of quotation as items. */
function words(piece: string): QuoteItem[] {
  return wordTokens(piece).map((t) => ({ word: t.norm }));
}

/** One fragment's items: plain words, with every remaining bracket as a gap. */
function fragmentItems(fragment: string): QuoteFragment {
  const items: QuoteItem[] = [];
  let from = 0;
  for (const m of fragment.matchAll(BRACKET)) {
    items.push(...words(fragment.slice(from, m.index)));
    items.push({ gap: wordTokens(m[1]).map((t) => t.norm) });
    from = m.index! + m[0].length;
  }
  items.push(...words(fragment.slice(from)));
  return items;
}

/**
 * Parses a quotation into fragments for lookup. Typography is normalised
 * first; punctuation is ignored (matching is by words), so trailing
 * punctuation inside the quote marks (`“…states.”`) never matters.
 */
export function parseQuote(quote: string): QuoteFragment[] {
  const text = normaliseTypography(quote)
    .replace(EDITORIAL, ' ')
    .replace(GLUED, (_all, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  return text
    .split(ELISION)
    .map(fragmentItems)
    .filter((items) => items.some((item) => 'word' in item));
}
