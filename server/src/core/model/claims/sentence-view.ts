import { RecentCache } from '../../recent-cache.js';

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
  /** Where the word starts in the view's `text`. */
  start: number;
}

export interface SentenceView {
  /** Normalised text: straight quotes, single spaces, trimmed. */
  text: string;
  lower: string;
  tokens: Token[];
  /** `lower` with quoted words blanked (`stripQuotations`), computed once. */
  unquoted: string;
}

// A sentence of a paragraph with several is viewed when the paragraph is read
// (paragraph-context.ts) and again when it is classified, with the same
// string: the paragraph reading keeps its views by that string, so the second
// look-up normalises nothing. Other views are not kept (most sentences are a
// paragraph alone, viewed once). A view is never changed once made, so one can
// serve both.
const recentViews = new RecentCache<string, SentenceView>(128);

/** Normalises and tokenises one sentence; `keep`: for a second look-up soon after. */
export function viewSentence(sentence: string, keep = false): SentenceView {
  const kept = recentViews.get(sentence);
  if (kept) return kept;
  const text = normalise(sentence);
  const lower = text.toLowerCase();
  const view = { text, lower, tokens: tokenise(text, lower), unquoted: lower.includes('"') ? stripQuotations(lower) : lower };
  if (keep) recentViews.set(sentence, view);
  return view;
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

/** Characters `normalise` changes: anything outside printable ASCII, runs of spaces, a space before punctuation. */
const NEEDS_NORMALISING = /[^\x20-\x7e]| [\s.,;:!?]|^\s|\s$/;
/** Every mojibake pattern starts with one of these. */
const MAY_BE_MOJIBAKE = /[\u00c2\u00c3\u00e2]/;
/** Curly quotes, apostrophes and non-breaking hyphens, and what each becomes. */
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'",
  '\u2010': '-', '\u2011': '-',
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
};
const TYPOGRAPHIC = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');
const plainCharacter = (character: string): string => PLAIN[character];

function normalise(sentence: string): string {
  // Most sentences are plain ASCII with single spaces: nothing to do.
  if (!NEEDS_NORMALISING.test(sentence)) return sentence;
  let text = sentence;
  if (MAY_BE_MOJIBAKE.test(text)) {
    for (const [pattern, replacement] of MOJIBAKE) text = text.replace(pattern, replacement);
  }
  return text
    .replace(TYPOGRAPHIC, plainCharacter)
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}

/**
 * Vulnerability, weakness and ATT&CK identifiers (`CVE-2024-3400`,
 * `CWE-79`, `T1566.001`, `TA0001`, `MS17-010`, `KB5034441`) are names, one
 * word each, so their digits are not read as figures; decades (`1990s`)
 * are one word; then words, numbers with their separators, and hyphenated
 * or dotted names (U.S.).
 */
const WORD =
  /\b(?:(?:CVE|CAN)-\d{4}-\d{4,}|(?:CWE|CAPEC|GHSA)-[\w-]*\d|T[AS]?\d{4}(?:\.\d{3})?|MS\d{2}-\d{3}|KB\d{6,8})\b|\d{4}s\b|[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'.-]*|\d[\d,.:/-]*%?/g;
/** Trailing dots, apostrophes and hyphens are punctuation, not part of the word. */
const TRAILING = /[.'-]+$/;

function tokenise(text: string, lowerText: string): Token[] {
  const tokens: Token[] = [];
  // Lower-casing keeps the length for all but a few letters (`İ`); then each word is lower-cased alone.
  const lower = lowerText.length === text.length ? lowerText : undefined;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const at = match.index;
    let length = match[0].length;
    const last = text.charCodeAt(at + length - 1);
    if (length > 1 && (last === 46 || last === 39 || last === 45)) {
      const trimmed = match[0].replace(TRAILING, '');
      if (trimmed) length = trimmed.length;
    }
    const word = text.slice(at, at + length);
    tokens.push({ text: word, lower: lower ? lower.slice(at, at + length) : word.toLowerCase(), afterPunctuation: isAfterPunctuation(text, at), start: at });
  }
  return tokens;
}

/** Whether a quote, opening bracket or comma (optionally then a space) stands just before `at`. */
function isAfterPunctuation(text: string, at: number): boolean {
  let code = text.charCodeAt(at - 1);
  if (code === 32 && at >= 2) code = text.charCodeAt(at - 2);
  return code === 34 || code === 40 || code === 44 || code === 91;
}

/** The words from token `from` to token `to` (inclusive) as written, punctuation between them kept. */
export function wordsBetween(view: SentenceView, from: number, to: number): string {
  const last = view.tokens[to];
  return view.text.slice(view.tokens[from].start, last.start + last.text.length).replace(/[,.:;/-]+$/, '');
}

/** Whether the word is written with a leading capital (or is an acronym). */
export function isCapitalised(word: string): boolean {
  return /^[A-Z\u00c0-\u00de]/.test(word);
}

/** The sentence with quoted words removed, so a speaker's `we` or `will` is not the writer's. */
export function stripQuotations(text: string): string {
  return text.replace(/"[^"]*"/g, ' "" ');
}
