/*
 * Text normalisation shared by every source lookup. Sources and assessments
 * differ in typography far more often than in wording, so comparisons ignore
 * quote styles, dash styles, ellipsis spelling, whitespace and case.
 */

/** A word of a text: its normalised form and its span in that text. */
export interface Token {
  /** Lower-cased, straight apostrophes. */
  norm: string;
  start: number;
  end: number;
}

/** Typographic normalisation only: straight quotes, `-` for every dash, `...` for `…`. */
export function normaliseTypography(text: string): string {
  return text
    .replace(/[‘’‚‛′ʼ`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...');
}

/** The normalised form of a text: typography straightened, whitespace collapsed, case-folded. */
export function normaliseText(text: string): string {
  return normaliseTypography(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Letters and digits, keeping inner apostrophes (`Beijing’s`, `don't`).
 * Hyphens and dashes separate words, so `cease-fire` and `Russia–North Korea`
 * compare equal to their spaced or differently dashed spellings.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['‘’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text with their spans. */
export function wordTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = m[0].replace(/[‘’ʼ]/g, "'").toLowerCase();
    tokens.push({ norm, start: m.index!, end: m.index! + m[0].length });
  }
  return tokens;
}

/** Words too common to say anything about which passage supports a sentence. */
export const STOP_WORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just may me ' +
    'might more most must my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these ' +
    'they this those through to too under until up very was we were what when where which while who whom ' +
    'why will with would you your yours yourself said says say according')
    .split(' '),
);

/**
 * A deliberately light stemmer (plural and common verb endings only):
 * enough to match `confirms`/`confirmed`/`confirm` without the surprises of
 * a full Porter stemmer on names.
 */
export function lightStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:sh|ch|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  return word;
}

/** A search term from a raw word: possessive stripped, stop words and 1-letter words dropped, stemmed. */
export function searchTerm(raw: string): string | null {
  const word = raw.replace(/[‘’ʼ]/g, "'").toLowerCase().replace(/'s?$/, '');
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return lightStem(word);
}
