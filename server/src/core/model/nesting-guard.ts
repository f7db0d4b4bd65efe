// The Markdown parser (micromark) takes time that grows with the square of
// the nesting depth, and past a few thousand levels it overflows the stack
// ("Maximum call stack size exceeded"). No analyst nests sixty-four levels
// deep, so before parsing, every stretch of lines that does is blanked to
// spaces (same length, so every offset still maps 1:1) and reported once as
// not checked; the rest of the document is checked as usual. The scan is one
// linear pass without regular expressions over the raw text.
import type { Span } from '../text/line-index.js';

/** Deeper than this, a stretch of lines is not parsed. */
export const maxNestingDepth = 64;

/** The text to parse and the stretches that were blanked out of it. */
export interface GuardedText {
  text: string;
  blanked: Span[];
}

/** One line's container markers, as `scanContainers` leaves them: reused line after line, so a scan allocates nothing per line. */
interface Containers {
  depth: number;
  /** Where the line's content starts, after the markers. */
  end: number;
}

const tab = 9;
const space = 32;
const carriageReturn = 13;

/** Blanks every run of non-blank lines that nests deeper than maxNestingDepth. */
export function guardNesting(text: string, from = 0): GuardedText {
  const blanked: Span[] = [];
  // The current run of non-blank lines: where it starts and ends, whether it is deep, brackets still open.
  let runStart = -1;
  let runEnd = -1;
  let deep = false;
  let brackets = 0;
  let inFence = false;
  const containers: Containers = { depth: 0, end: 0 };
  const closeRun = () => {
    if (deep && runStart >= 0) blanked.push({ start: runStart, end: runEnd });
    runStart = -1;
    deep = false;
    brackets = 0;
  };
  for (let start = from; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (isBlank(text, start, end)) closeRun();
    else {
      scanContainers(text, start, end, containers);
      const fence = isFence(text, containers.end);
      if (fence) inFence = !inFence;
      if (runStart < 0) runStart = start;
      runEnd = end;
      if (!(inFence || fence || deep)) {
        const inline = inlineDepth(text, start, end, brackets);
        brackets = inline.openBrackets;
        deep = containers.depth > maxNestingDepth || inline.deepest > maxNestingDepth;
      }
    }
    start = end + 1;
  }
  closeRun();
  return { text: blanked.length === 0 ? text : blankSpans(text, blanked), blanked };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && code !== carriageReturn) return false;
  }
  return true;
}

function isSpace(code: number): boolean {
  return code === space || code === tab;
}

/** A ``` or ~~~ fence at i (after any container markers): nesting-like characters inside code are not markup. */
function isFence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 0x60 || c === 0x7e) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
}

/** Counts the container markers opening a line into `into`; two columns of indentation count as one level. */
function scanContainers(text: string, start: number, end: number, into: Containers): void {
  let i = start;
  let depth = 0;
  let indent = 0;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) indent += text.charCodeAt(i++) === tab ? 4 : 1;
    const marker = markerLength(text, i, end);
    if (marker === 0) break;
    depth++;
    i += marker;
  }
  into.depth = depth + Math.floor(indent / 2);
  into.end = i;
}

/** The length of a `>`, `- `/`* `/`+ `, `1. `/`1) ` or `[^label]:` marker at i, else 0. */
function markerLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x3e) return 1;
  if ((c === 0x2d || c === 0x2a || c === 0x2b) && i + 1 < end && endsMarker(text, i + 1, end)) return 2;
  let digits = 0;
  while (digits < 10 && isDigit(text.charCodeAt(i + digits))) digits++;
  const next = text.charCodeAt(i + digits);
  if (digits > 0 && digits < 10 && (next === 0x2e || next === 0x29) && endsMarker(text, i + digits + 1, end)) return digits + 1;
  if (c === 0x5b && text.charCodeAt(i + 1) === 0x5e) {
    const close = text.indexOf(']:', i);
    if (close > 0 && close < end && close - i < 1000) return close + 2 - i;
  }
  return 0;
}

/** Whether a list marker may end before i: at the end of the line or before a space. */
function endsMarker(text: string, i: number, end: number): boolean {
  return i >= end || isSpace(text.charCodeAt(i));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The deepest inline nesting on a line: brackets (links, footnotes,
 * citations; still open from earlier lines of the run count too), and runs of
 * emphasis marks (`***…`, `*_*_…`), which nest one level per mark. A
 * thematic break (`*****`) is no nesting. Backslash escapes are skipped.
 */
function inlineDepth(text: string, start: number, end: number, openBefore: number): { deepest: number; openBrackets: number } {
  let depth = openBefore;
  let deepest = depth;
  let marks = 0;
  let longestMarks = 0;
  let onlyBreakMarks = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const isEmphasisMark = c === 0x2a || c === 0x5f || c === 0x7e;
    marks = isEmphasisMark ? marks + 1 : 0;
    longestMarks = Math.max(longestMarks, marks);
    if (!isEmphasisMark && c !== 0x2d && c !== carriageReturn && !isSpace(c)) onlyBreakMarks = false;
    if (c === 0x5c) i++;
    else if (c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d) depth = Math.max(0, depth - 1);
  }
  return { deepest: Math.max(deepest, onlyBreakMarks ? 0 : longestMarks), openBrackets: depth };
}

function blankSpans(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + text.slice(span.start, span.end).replace(/[^\r\n]/g, ' ');
    at = span.end;
  }
  return out + text.slice(at);
}
