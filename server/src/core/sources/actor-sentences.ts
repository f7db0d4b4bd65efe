import { extractNumbers } from '../model/numbers.js';
import type { IndexedParagraph } from './indexed.js';
import type { ActorSentence } from './types.js';

/** Sentences sharing more than this fraction of their words are repeats. */
const DUPLICATE_JACCARD = 0.6;
/** A mention within this many words of the start (or of an opening phrase) is the subject. */
const SUBJECT_WORDS = 2;
const OPENING_PHRASE_WORDS = 8;

/** Tunable weights of the ranking. */
export type ActorRankWeights = Record<string, number>;

/** A source sentence with what ranking needs. */
interface Candidate {
  paragraph: number;
  text: string;
  words: Set<string>;
  wordCount: number;
  hasFigures: boolean;
}

/** Escapes a name for a regex; spaces match any whitespace, apostrophes any style. */
function namePattern(name: string): string {
  return name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
}

/**
 * One regex for all names: whole words, case-sensitive (`China`, not
 * `china`), tolerating a possessive or plural ending (`Beijing’s`,
 * `North Koreans`, `troops’`). Longer names first so `North Korean` wins
 * over `North Korea`.
 */
function namesRegex(names: string[]): RegExp | undefined {
  const parts = names.filter((n) => n.trim()).sort((a, b) => b.length - a.length).map(namePattern);
  if (parts.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?:['’]s|s['’]?|['’])?(?![\\p{L}\\p{N}])`, 'gu');
}

/** Words in a stretch of text. */
const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;

/** The ranking score of a sentence given where the names occur in it. */
function score(candidate: Candidate, mentions: number[]): number {
  const before = candidate.text.slice(0, mentions[0]);
  const wordsBefore = countWords(before);
  const afterOpening = /,\s*$/.test(before) && wordsBefore <= OPENING_PHRASE_WORDS;
  let total = 1;
  if (wordsBefore <= SUBJECT_WORDS || afterOpening) total += 2;
  if (candidate.hasFigures) total += 1;
  if (candidate.wordCount >= 10 && candidate.wordCount <= 40) total += 1;
  else if (candidate.wordCount < 6 || candidate.wordCount > 60) total -= 1;
  total += Math.min(0.5, (mentions.length - 1) * 0.25);
  return total;
}

/** Jaccard similarity of two word sets. */
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Finds and ranks a source's sentences about an actor. */
export class ActorSentences {
  private readonly candidates: Candidate[];

  constructor(paragraphs: IndexedParagraph[]) {
    // A heading names actors without saying anything about them: no evidence for a card.
    this.candidates = paragraphs.filter((p) => !p.headingLike).flatMap((p) =>
      p.sentences.map((s) => {
        const words = (s.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
        return { paragraph: p.number, text: s.text, words: new Set(words), wordCount: words.length, hasFigures: extractNumbers(s.text).length > 0 };
      }),
    );
  }

  /** The best `limit` sentences naming any of `names`, near-duplicates removed. */
  about(names: string[], limit = 3): ActorSentence[] {
    const re = namesRegex(names);
    if (!re) return [];
    const scored: (Candidate & { score: number })[] = [];
    for (const candidate of this.candidates) {
      const mentions = [...candidate.text.matchAll(re)].map((m) => m.index!);
      if (mentions.length > 0) scored.push({ ...candidate, score: score(candidate, mentions) });
    }
    scored.sort((a, b) => b.score - a.score); // stable: source order breaks ties
    const kept: (Candidate & { score: number })[] = [];
    for (const s of scored) {
      if (kept.length >= limit) break;
      if (!kept.some((k) => jaccard(k.words, s.words) > DUPLICATE_JACCARD)) kept.push(s);
    }
    return kept.map(({ paragraph, text, score: value }) => ({ paragraph, text: text.replace(/\s+/g, ' '), score: value }));
  }
}
