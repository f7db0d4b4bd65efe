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

interface Line {
  start: number;
  end: number;
}

/** Blanks every run of non-blank lines that nests deeper than maxNestingDepth. */
export function guardNesting(text: string, from = 0): GuardedText {
  const blanked: Span[] = [];
  let run: { first?: Line; last?: Line; deep: boolean; brackets: number } = { deep: false, brackets: 0 };
  let inFence = false;
  const closeRun = () => {
    if (run.deep && run.first && run.last) blanked.push({ start: run.first.start, end: run.last.end });
    run = { deep: false, brackets: 0 };
  };
  for (const line of linesOf(text, from)) {
    if (isBlank(text, line)) {
      closeRun();
      continue;
    }
    const fence = isFenceLine(text, line);
    if (fence) inFence = !inFence;
    run.first ??= line;
    run.last = line;
    if (inFence || fence || run.deep) continue;
    const inline = inlineDepth(text, line, run.brackets);
    run.brackets = inline.openBrackets;
    run.deep = skipContainers(text, line).depth > maxNestingDepth || inline.deepest > maxNestingDepth;
  }
  closeRun();
  return { text: blanked.length === 0 ? text : blankSpans(text, blanked), blanked };
}

function* linesOf(text: string, from: number): Generator<Line> {
  let start = from;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield { start, end };
    start = end + 1;
  }
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text.charCodeAt(i)) && text[i] !== '\r') return false;
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/** A ``` or ~~~ fence after any container markers: nesting-like characters inside code are not markup. */
function isFenceLine(text: string, line: Line): boolean {
  const i = skipContainers(text, line).end;
  const c = text[i];
  return (c === '`' || c === '~') && text[i + 1] === c && text[i + 2] === c;
}

/** Counts the container markers opening a line; two columns of indentation count as one level. */
function skipContainers(text: string, line: Line): { depth: number; end: number } {
  let i = line.start;
  let depth = 0;
  let indent = 0;
  for (;;) {
    while (i < line.end && isSpace(text.charCodeAt(i))) indent += text[i++] === '\t' ? 4 : 1;
    const marker = markerLength(text, i, line.end);
    if (marker === 0) break;
    depth++;
    i += marker;
  }
  return { depth: depth + Math.floor(indent / 2), end: i };
}

/** The length of a `>`, `- `/`* `/`+ `, `1. `/`1) ` or `[^label]:` marker at i, else 0. */
function markerLength(text: string, i: number, end: number): number {
  const c = text[i];
  if (c === '>') return 1;
  const after = (n: number) => i + n >= end || isSpace(text.charCodeAt(i + n));
  if ((c === '-' || c === '*' || c === '+') && i + 1 < end && after(1)) return 2;
  let digits = 0;
  while (digits < 10 && isDigit(text.charCodeAt(i + digits))) digits++;
  if (digits > 0 && digits < 10 && (text[i + digits] === '.' || text[i + digits] === ')') && after(digits + 1)) return digits + 1;
  if (c === '[' && text[i + 1] === '^') {
    const close = text.indexOf(']:', i);
    if (close > 0 && close < end && close - i < 1000) return close + 2 - i;
  }
  return 0;
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
function inlineDepth(text: string, line: Line, openBefore: number): { deepest: number; openBrackets: number } {
  let depth = openBefore;
  let deepest = depth;
  let marks = 0;
  let longestMarks = 0;
  let onlyBreakMarks = true;
  for (let i = line.start; i < line.end; i++) {
    const c = text[i];
    const isEmphasisMark = c === '*' || c === '_' || c === '~';
    marks = isEmphasisMark ? marks + 1 : 0;
    longestMarks = Math.max(longestMarks, marks);
    if (!isEmphasisMark && c !== '-' && c !== '\r' && !isSpace(text.charCodeAt(i))) onlyBreakMarks = false;
    if (c === '\\') i++;
    else if (c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === ']') depth = Math.max(0, depth - 1);
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
