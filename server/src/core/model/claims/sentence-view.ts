/**
 * One normalised view of a sentence that every feature reads, so the string is
 * cleaned and tokenised once per classification.
 */
export interface Token {
  /** The word as written (case kept: capitals mark names). */
  text: string;
  lower: string;
  /** Whether the character just before the word is a quote, comma or bracket. */
  afterPunctuation: boolean;
}

export interface SentenceView {
  /** Normalised text: straight quotes, single spaces, trimmed. */
  text: string;
  lower: string;
  tokens: Token[];
}

/** Normalises and tokenises one sentence. */
export function viewSentence(sentence: string): SentenceView {
  const text = normalise(sentence);
  return { text, lower: text.toLowerCase(), tokens: tokenise(text) };
}

/**
 * Text pasted from the web often arrives with curly quotes or as UTF-8 read as
 * Latin-1 (`donÃ¢â‚¬â„¢t`); both would hide `don't` and quotations from the
 * word lists, so they are mapped to plain ASCII first.
 */
const MOJIBAKE: Array<[RegExp, string]> = [
  [/Ã¢â‚¬â„¢|â€™|Ã¢â‚¬Ëœ|â€˜/g, "'"],
  [/Ã¢â‚¬Å“|Ã¢â‚¬\u009d|â€œ|â€\u009d|â€/g, '"'],
  [/Ã¢â‚¬â€œ|Ã¢â‚¬â€|â€“|â€”/g, ' - '],
  [/Ã‚\s?|Â/g, ' '],
];

function normalise(sentence: string): string {
  let text = sentence;
  // Most sentences are plain ASCII; skip the repairs for them.
  if (/[^\x00-\x7f]/.test(text)) {
    for (const [pattern, replacement] of MOJIBAKE) text = text.replace(pattern, replacement);
  }
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}

/** Words, numbers with their separators, and hyphenated or dotted names (U.S.). */
const WORD = /[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'.-]*|\d[\d,.:/-]*%?/g;

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/[.'-]+$/, '') || match[0];
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      afterPunctuation: /["(,\[]\s?$/.test(before),
    });
  }
  return tokens;
}

/** Whether the word is written with a leading capital (or is an acronym). */
export function isCapitalised(word: string): boolean {
  return /^[A-Z\u00c0-\u00de]/.test(word);
}

/** The sentence with quoted words removed, so a speaker's `we` or `will` is not the writer's. */
export function stripQuotations(text: string): string {
  return text.replace(/"[^"]*"/g, ' "" ');
}
