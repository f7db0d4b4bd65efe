import MiniSearch from 'minisearch';
import { classifyClaim } from '../model/claims.js';
import { extractNumbers, keysContain, numberKeys } from '../model/numbers.js';
import type { NumberMention, SentenceClaim } from '../model/types.js';
import { excerptAround } from './excerpt.js';
import { sentencesOf, type IndexedParagraph } from './indexed.js';
import { searchTerm, STOP_WORDS } from './normalise.js';
import type { PassageMatch } from './types.js';

/** Longest excerpt returned for a supporting passage. */
const SEARCH_EXCERPT = 200;
/** Extra score per shared number or date, and its cap: figures pin a fact down. */
const NUMBER_BOOST = 0.5;
const NUMBER_CAP = 1.5;
/** Extra score per shared proper noun, and its cap: who did it matters as much as what. */
const NAME_BOOST = 0.3;
const NAME_CAP = 1.2;
/** What a paragraph keeps of its score when its best sentence is a question or caption, not a statement. */
const NOT_A_STATEMENT = 0.5;
/** Paragraphs per offered place that are judged before the final order. */
const CONTENDERS_PER_PLACE = 4;

/** Splits on anything but letters, digits and inner apostrophes. */
const tokenize = (text: string): string[] => text.match(/[\p{L}\p{M}\p{N}]+(?:['‘’ʼ][\p{L}\p{M}\p{N}]+)*/gu) ?? [];

/** Capitalised words of a sentence that are names, not sentence openers (`The`, `In`). */
function properNouns(sentence: string): string[] {
  const names = new Set<string>();
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}\p{M}]+/gu)) {
    if (STOP_WORDS.has(m[0].toLowerCase())) continue;
    names.add(m[0]);
  }
  return [...names];
}

/** Whether a name occurs as a whole word (possessive allowed) in a text, case-sensitively. */
function hasName(text: string, name: string): boolean {
  let at = text.indexOf(name);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(name, at + 1);
  }
  return false;
}

/** Ranks a source's paragraphs for how well they support a sentence. */
export class PassageSearch {
  private readonly mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize,
    processTerm: searchTerm,
    searchOptions: { combineWith: 'OR', fuzzy: (term) => (term.length >= 6 ? 0.15 : false) },
  });

  private readonly claims = new Map<string, SentenceClaim>();

  constructor(private readonly paragraphs: IndexedParagraph[]) {
    this.mini.addAll(paragraphs.map((p, id) => ({ id, text: p.text })));
  }

  /** The best `limit` paragraphs; heading-like ones only when nothing else matches. */
  search(sentence: string, limit = 3): PassageMatch[] {
    const results = this.mini.search(sentence);
    if (results.length === 0) return [];
    const top = results[0].score;
    const numbers = extractNumbers(sentence);
    const names = properNouns(sentence);
    const scored = results.map((r) => {
      const paragraph = this.paragraphs[r.id as number];
      return { paragraph, score: r.score / top + this.boost(paragraph, numbers, names), terms: new Set(r.terms) };
    });
    scored.sort((a, b) => b.score - a.score || a.paragraph.number - b.paragraph.number);
    // Only the front runners need their best sentence found and judged: halving a score cannot lift a paragraph.
    const ranked = scored.slice(0, Math.max(limit * CONTENDERS_PER_PLACE, CONTENDERS_PER_PLACE)).map((r) => {
      const best = bestSentence(r.paragraph, r.terms, numbers);
      // The actor cards' rule: a question or a caption names a fact without stating it.
      const states = this.claimOf(best.text) !== 'other' ? 1 : NOT_A_STATEMENT;
      return { ...r, score: r.score * states, excerpt: best.excerpt };
    });
    ranked.sort((a, b) => b.score - a.score || a.paragraph.number - b.paragraph.number);
    const prose = ranked.filter((r) => !r.paragraph.headingLike);
    return (prose.length > 0 ? prose : ranked).slice(0, limit).map(({ paragraph, score, excerpt }) => ({
      paragraph: paragraph.number,
      excerpt,
      score: Math.round(score * 1000) / 1000,
    }));
  }

  /** The claim detector's verdict on a source sentence, once per sentence. */
  private claimOf(sentence: string): SentenceClaim {
    let claim = this.claims.get(sentence);
    if (!claim) this.claims.set(sentence, (claim = classifyClaim(sentence, { block: 'paragraph' }).claim));
    return claim;
  }

  /** Extra score for numbers and proper nouns the paragraph shares with the sentence. */
  private boost(paragraph: IndexedParagraph, numbers: NumberMention[], names: string[]): number {
    const sharedNumbers = numbers.filter((n) => keysContain(paragraph.numberKeys, n)).length;
    const sharedNames = names.filter((name) => hasName(paragraph.text, name)).length;
    return Math.min(NUMBER_CAP, sharedNumbers * NUMBER_BOOST) + Math.min(NAME_CAP, sharedNames * NAME_BOOST);
  }
}

/**
 * The paragraph's sentence sharing the most query terms and numbers, as an
 * excerpt; between sentences that share as much, a statement beats a question.
 */
function bestSentence(paragraph: IndexedParagraph, terms: Set<string>, numbers: NumberMention[]): { text: string; excerpt: string } {
  const sentences = sentencesOf(paragraph);
  let best = sentences[0];
  let bestScore = -1;
  for (const sentence of sentences) {
    const own = new Set(tokenize(sentence.text).map(searchTerm));
    const keys = new Set(extractNumbers(sentence.text).flatMap(numberKeys));
    const score =
      [...terms].filter((t) => own.has(t)).length + numbers.filter((n) => keysContain(keys, n)).length - (/\?\W*$/.test(sentence.text) ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [sentence, score];
  }
  const text = best ? best.text : paragraph.text;
  return { text, excerpt: excerptAround(text, 0, text.length, SEARCH_EXCERPT) };
}
