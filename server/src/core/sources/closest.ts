import { excerptAround } from './excerpt.js';
import type { IndexedParagraph } from './indexed.js';
import { lightStem, normaliseTypography, STOP_WORDS, wordTokens } from './normalise.js';
import type { PassageMatch } from './types.js';

/** Longest excerpt for a closest passage, as messages show it. */
const CLOSEST_EXCERPT = 160;
/** Function words count a little, so shared wording beats shared grammar. */
const STOP_WEIGHT = 0.25;

/** What the window scorer needs to know about the quotation. */
interface QuoteProfile {
  length: number;
  unigrams: Map<string, number>;
  bigrams: Map<string, number>;
  /** The best possible score, for normalising to 0..1. */
  total: number;
}

/** Weight of one word in the overlap score. */
const weight = (stem: string) => (STOP_WORDS.has(stem) ? STOP_WEIGHT : 1);

/** Counts how often each key occurs. */
function countAll(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The stems, unigram and bigram counts of a quotation (brackets and elisions dropped). */
function profile(text: string): QuoteProfile | undefined {
  const stems = wordTokens(normaliseTypography(text).replace(/[[\]]/g, ' ')).map((t) => lightStem(t.norm));
  if (stems.length === 0) return undefined;
  const bigramKeys = stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
  const total = stems.reduce((sum, s) => sum + weight(s), 0) + bigramKeys.length;
  return { length: stems.length, unigrams: countAll(stems), bigrams: countAll(bigramKeys), total };
}

/** A sliding multiset overlap: how many window items the quotation also has. */
class Overlap {
  private readonly window = new Map<string, number>();
  score = 0;

  constructor(private readonly wanted: Map<string, number>, private readonly weigh: (key: string) => number) {}

  /** Adds (`delta` 1) or removes (`delta` -1) one item from the window. */
  update(key: string, delta: 1 | -1): void {
    const want = this.wanted.get(key);
    if (want === undefined) return;
    const have = (this.window.get(key) ?? 0) + delta;
    this.window.set(key, have);
    if (delta === 1 && have <= want) this.score += this.weigh(key);
    if (delta === -1 && have < want) this.score -= this.weigh(key);
  }
}

/** The best window of one paragraph: score and token range. */
function bestWindow(stems: string[], q: QuoteProfile): { score: number; start: number; end: number } {
  const size = Math.min(stems.length, q.length + Math.max(2, Math.floor(q.length / 4)));
  const uni = new Overlap(q.unigrams, weight);
  const bi = new Overlap(q.bigrams, () => 1);
  // A pair the quotation has is made of two words it has: only those pairs are spelt out and counted.
  const wantedPair = (i: number) => q.unigrams.has(stems[i - 1]) && q.unigrams.has(stems[i]);
  const bigram = (i: number) => `${stems[i - 1]} ${stems[i]}`;
  const pairs = size >= 2; // a one-word window holds no word pairs
  let best = { score: -1, start: 0, end: size };
  for (let i = 0; i < stems.length; i++) {
    uni.update(stems[i], 1);
    if (pairs && i > 0 && wantedPair(i)) bi.update(bigram(i), 1);
    const out = i - size;
    if (out >= 0) uni.update(stems[out], -1);
    if (pairs && out >= 0 && wantedPair(out + 1)) bi.update(bigram(out + 1), -1);
    const score = uni.score + bi.score;
    if (i >= size - 1 && score > best.score) best = { score, start: i - size + 1, end: i + 1 };
  }
  return best;
}

/**
 * The passage whose wording is closest to `text`: the paragraph holding the
 * window of about the quotation's length that shares the most words and word
 * pairs with it. The excerpt is centred on that window.
 */
export function closestIn(paragraphs: IndexedParagraph[], text: string): PassageMatch | undefined {
  const q = profile(text);
  if (!q) return undefined;
  let best: { paragraph: IndexedParagraph; score: number; start: number; end: number } | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.stems.length === 0) continue;
    const window = bestWindow(paragraph.stems, q);
    if (window.score > 0 && (!best || window.score > best.score)) best = { paragraph, ...window };
  }
  if (!best) return undefined;
  const { paragraph, start, end } = best;
  const from = paragraph.tokenStarts[start];
  const to = paragraph.tokenEnds[end - 1];
  return {
    paragraph: paragraph.number,
    excerpt: excerptAround(paragraph.text, from, to, CLOSEST_EXCERPT),
    wording: paragraph.text.slice(from, to).replace(/["“”]/g, '').replace(/\s+/g, ' ').trim(),
    score: Math.round((best.score / q.total) * 1000) / 1000,
  };
}

/**
 * The passage a misquote most likely meant within the paragraphs it cites:
 * when they quote someone, the quotation sharing the most words with it (an
 * analyst who cites a paragraph and quotes means its quotation), else the
 * closest window of words.
 */
export function closestInCited(paragraphs: IndexedParagraph[], text: string): PassageMatch | undefined {
  let best: { paragraph: IndexedParagraph; quoted: QuotedWording } | undefined;
  for (const paragraph of paragraphs) {
    const quoted = bestQuotation(paragraph.text, text);
    if (quoted && (!best || quoted.share > best.quoted.share)) best = { paragraph, quoted };
  }
  if (!best) return closestIn(paragraphs, text);
  const { paragraph, quoted } = best;
  return {
    paragraph: paragraph.number,
    excerpt: excerptAround(paragraph.text, quoted.start, quoted.end, CLOSEST_EXCERPT),
    wording: quoted.text,
    // A quotation in the very paragraph cited is good evidence even when few words are shared.
    score: Math.max(CITED_QUOTATION_SCORE, Math.round(quoted.share * 1000) / 1000),
  };
}

/** The least score a quotation found in a cited paragraph gets. */
const CITED_QUOTATION_SCORE = 0.5;

interface QuotedWording {
  text: string;
  start: number;
  end: number;
  share: number;
}

/** The quotation in a paragraph sharing the most words with `quote`; the only one counts even when none are shared. */
function bestQuotation(paragraph: string, quote: string): QuotedWording | undefined {
  const words = (t: string) => new Set(wordTokens(normaliseTypography(t)).map((w) => lightStem(w.norm)));
  const wanted = words(quote);
  const quotations = [...paragraph.matchAll(/[“"]([^“”"]{2,300})[”"]/g)];
  let best: QuotedWording | undefined;
  for (const match of quotations) {
    const found = words(match[1]);
    const shared = [...found].filter((w) => wanted.has(w) && !STOP_WORDS.has(w)).length;
    const share = shared / Math.max(wanted.size, found.size, 1);
    if ((shared > 0 || quotations.length === 1) && (!best || share > best.share)) {
      const start = match.index! + 1;
      best = { text: match[1].replace(/\s+/g, ' ').trim(), start, end: start + match[1].length, share };
    }
  }
  return best;
}
