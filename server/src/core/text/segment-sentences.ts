import type { Span } from './line-index.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Abbreviations after which ICU wrongly ends a sentence. Titles and months are
// always followed by more of the same sentence.
const alwaysJoined = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'cpl', 'gov', 'sen', 'rep', 'pres',
  'amb', 'sec', 'st', 'no', 'nos', 'vs', 'cf', 'e.g', 'i.e', 'approx', 'est', 'fig', 'vol', 'pp', 'p', 'para', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'etc.,',
]);

// Country initials end sentences too ("… sanctions from the U.S."), so they join
// only when the next word does not look like a sentence start.
const initialisms = /(?:^|[\s(])(?:[A-Z]\.){2,}$/;
const sentenceStarters = /^(?:Then|Now|Today|Later|The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|However|Yet|Still|Meanwhile|Moreover|A|An|As|If|When|While|Since|After|Before|For|So|Thus|There|Such)\b/;

/**
 * How much text ICU is handed at once. V8's sentence iterator copies the whole
 * string it was given into every segment it yields (Node 20: the segment's
 * `input` is made anew from ICU's copy), so each step costs the whole string
 * and one long paragraph (a 1 MB line) took minutes; in windows of a few KB it
 * is linear. A window's last
 * sentence may be cut short, so it is never kept: the next window starts where
 * it starts. Nor is a break with no letter, terminator or line break after it
 * in the window: after a full stop ICU looks past digits, spaces and other
 * punctuation for a lower-case letter (UAX #29 rule SB8) before it decides, so
 * the window grows until the look-ahead ends inside it.
 */
export const segmenterWindow = { size: 4096 };

/** Splits a run of prose into sentence spans (offsets into `prose`), trimmed, empty ones dropped. */
export function segmentSentences(prose: string): Span[] {
  const joined: Span[] = [];
  for (const span of icuSentences(prose)) {
    const previous = joined[joined.length - 1];
    if (previous && shouldJoin(prose, previous, span)) previous.end = span.end;
    else joined.push({ ...span });
  }
  return joined.map((span) => trimSpan(prose, span)).filter((span) => span.end > span.start);
}

/** ICU's sentence spans of `prose`, as if segmented in one piece, found window by window. */
export function icuSentences(prose: string, { size } = segmenterWindow, segment = icuSegment): Span[] {
  if (isOneSentence(prose)) return [{ start: 0, end: prose.length }];
  const spans: Span[] = [];
  let from = 0;
  let width = size;
  while (from < prose.length) {
    const to = Math.min(prose.length, from + width);
    const found: Span[] = [];
    for (const { index, segment: text } of segment(prose.slice(from, to))) found.push({ start: from + index, end: from + index + text.length });
    if (to === prose.length) {
      spans.push(...found);
      break;
    }
    // Keep every sentence but the window's last whose break has a stop of ICU's look-ahead after it in the window.
    const letter = lastLookaheadStop(prose, from, to);
    let kept = found.length - 1;
    while (kept > 0 && found[kept - 1].end > letter) kept--;
    if (kept === 0) {
      width *= 2; // one sentence longer than the window, or no letter after its end: look further
      continue;
    }
    spans.push(...found.slice(0, kept));
    from = found[kept - 1].end;
    width = size;
  }
  return spans;
}

// UAX #29 breaks a sentence only after a terminator (SB11) or a paragraph
// separator (SB4). Most prose blocks hold one sentence and their only
// terminator is at the end, followed by closing marks and spaces alone, which
// never break (SB8a to SB10): that is one sentence, and ICU need not be asked.
const mayBreakAfter = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/u;
const closingTail = /^[.!?][.!?)\]"'\u201D\u2019]*[ \t]*$/;

/** Whether ICU would give `prose` (not empty) as one sentence, read from its only possible break. */
function isOneSentence(prose: string): boolean {
  if (prose.length === 0) return false;
  const first = mayBreakAfter.exec(prose);
  return first === null || closingTail.test(prose.slice(first.index));
}

function icuSegment(text: string): Iterable<{ index: number; segment: string }> {
  return segmenter.segment(text);
}

/** Where the last character in `prose[from, to)` that ends SB8's look-ahead starts, or -1. */
function lastLookaheadStop(prose: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const code = prose.charCodeAt(i);
    const start = code >= 0xdc00 && code <= 0xdfff && i > from && isHighSurrogate(prose.charCodeAt(i - 1)) ? i - 1 : i;
    const char = String.fromCodePoint(prose.codePointAt(start)!);
    if (lookaheadStop.test(char) && !transparent.test(char)) return start;
    i = start;
  }
  return -1;
}

// Letters (Upper, Lower, OLetter), sentence terminators and paragraph separators; Extend characters are skipped by ICU.
const lookaheadStop = /[\p{L}\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u;
const transparent = /\p{Grapheme_Extend}/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether ICU's sentence `next` continues `previous` (it split after an abbreviation). Reads only their edges. */
function shouldJoin(prose: string, previous: Span, next: Span): boolean {
  let end = previous.end;
  while (end > previous.start && /\s/.test(prose[end - 1])) end--;
  // The longest abbreviation is shorter than this tail, so a word cut by it is never one.
  const tail = prose.slice(Math.max(previous.start, end - 16), end);
  const lastWord = /([\p{L}.]+)\.$/u.exec(tail)?.[1]?.toLowerCase();
  if (lastWord && alwaysJoined.has(lastWord)) return true;
  let run = end; // the trailing run of capitals and dots, and the character before it
  while (run > previous.start && isCapitalOrDot(prose.charCodeAt(run - 1))) run--;
  if (initialisms.test(prose.slice(Math.max(previous.start, run - 1), end))) {
    let start = next.start;
    while (start < next.end && /\s/.test(prose[start])) start++;
    return !sentenceStarters.test(prose.slice(start, Math.min(next.end, start + 16)));
  }
  return false;
}

function isCapitalOrDot(code: number): boolean {
  return code === 46 || (code >= 65 && code <= 90);
}

function trimSpan(prose: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  return { start, end };
}
