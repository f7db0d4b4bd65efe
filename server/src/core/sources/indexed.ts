import { extractNumbers, numberKeys } from '../model/numbers.js';
import { lightStem, wordTokens, type Token } from './normalise.js';
import { splitSentences, type SentenceSpan } from './sentences.js';
import type { SourceParagraph } from './types.js';

/** A paragraph with everything the lookups need, computed once at build time. */
export interface IndexedParagraph {
  number: number;
  /** The paragraph text (heading marker stripped); token and sentence spans point into it. */
  text: string;
  tokens: Token[];
  /** The normalised form of each token, for exact quote matching. */
  words: string[];
  /** lightStem of each token, for closeness and search. */
  stems: string[];
  sentences: SentenceSpan[];
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
  const keys = new Set<string>();
  for (const mention of extractNumbers(paragraph.text, 0, { small: true })) for (const key of numberKeys(mention)) keys.add(key);
  return {
    number: paragraph.number,
    text: paragraph.text,
    tokens,
    words: tokens.map((t) => t.norm),
    stems: tokens.map((t) => lightStem(t.norm)),
    sentences: splitSentences(paragraph.text),
    numberKeys: keys,
    headingLike: paragraph.heading === true || isHeadingLike(paragraph.text, tokens.length),
  };
}
