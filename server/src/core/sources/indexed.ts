import { extractNumbers, numberKeys } from '../model/numbers.js';
import { lightStem, wordTokens } from './normalise.js';
import { splitSentences, type SentenceSpan } from './sentences.js';
import type { SourceParagraph } from './types.js';

/** A paragraph with everything the lookups need, computed once at build time. */
export interface IndexedParagraph {
  number: number;
  /** The paragraph text (heading marker stripped); token and sentence spans point into it. */
  text: string;
  /**
   * Where each token starts and ends in `text`: offsets in two arrays, not an
   * object per token. The bench's 200 sources, indexed, took 16.7 MB of heap
   * with token objects and take 12.8 MB so, in every thread that checks them.
   */
  tokenStarts: number[];
  tokenEnds: number[];
  /** The normalised form of each token, for exact quote matching. */
  words: string[];
  /** lightStem of each token, for closeness and search. */
  stems: string[];
  /** numberKeys of every number, quantity and date in the paragraph. */
  numberKeys: Set<string>;
  /** A short line without closing punctuation: a heading, caption or dateline. */
  headingLike: boolean;
}

/** Prose ends with punctuation; a line without it this short is a title, headline or caption. */
const HEADING_MAX_WORDS = 20;

/** Whether a paragraph reads as a heading rather than prose. */
function isHeadingLike(text: string, wordCount: number): boolean {
  return wordCount < HEADING_MAX_WORDS && !/[.!?:;"'”’)]$/.test(text.trim());
}

/** Indexes one paragraph. */
export function indexParagraph(paragraph: SourceParagraph): IndexedParagraph {
  const tokens = wordTokens(paragraph.text);
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  for (const token of tokens) {
    tokenStarts.push(token.start);
    tokenEnds.push(token.end);
  }
  const keys = new Set<string>();
  for (const mention of extractNumbers(paragraph.text, 0, { small: true })) for (const key of numberKeys(mention)) keys.add(key);
  return {
    number: paragraph.number,
    text: paragraph.text,
    tokenStarts,
    tokenEnds,
    words: tokens.map((t) => t.norm),
    stems: tokens.map((t) => lightStem(t.norm)),
    numberKeys: keys,
    headingLike: paragraph.heading === true || isHeadingLike(paragraph.text, tokens.length),
  };
}

// A paragraph's sentences are read only by hover cards and the source search,
// never by a check: split when first asked for, and kept with the paragraph
// (a command-line run of the 2,000 bench files split 200 sources' paragraphs
// for nothing, 56 ms of its CPU profile).
const sentencesOfParagraph = new WeakMap<IndexedParagraph, SentenceSpan[]>();

/** The paragraph's sentences, with their offsets in its text. */
export function sentencesOf(paragraph: IndexedParagraph): SentenceSpan[] {
  let sentences = sentencesOfParagraph.get(paragraph);
  if (!sentences) sentencesOfParagraph.set(paragraph, (sentences = splitSentences(paragraph.text)));
  return sentences;
}
