import type { Range } from './line-index.js';
import type { LineIndex } from './line-index.js';

/** The line a finding starts on, cut to a readable width, with the part to mark. */
export interface Excerpt {
  /** 1-based, as people count lines. */
  lineNumber: number;
  before: string;
  marked: string;
  after: string;
}

/** How many characters of a line an excerpt shows at most. */
const maxExcerptWidth = 120;
/** How much context is kept before the mark when a long line is cut. */
const leadingContext = 30;

/**
 * The excerpt for a range. Markdown paragraphs are often one long line, so a
 * long line is cut around the mark, with "…" where text was left out. Control
 * characters are replaced so a file cannot drive the terminal.
 */
export function excerptOf(text: string, lines: LineIndex, range: Range): Excerpt {
  const line = lineText(text, lines, range.start.line);
  const markStart = Math.min(range.start.character, line.length);
  const markEnd = range.end.line > range.start.line ? line.length : Math.min(Math.max(range.end.character, markStart), line.length);
  const windowStart = line.length <= maxExcerptWidth ? 0 : Math.max(0, markStart - leadingContext);
  const windowEnd = Math.min(line.length, windowStart + maxExcerptWidth);
  const clippedEnd = Math.min(markEnd, windowEnd);
  return {
    lineNumber: range.start.line + 1,
    before: (windowStart > 0 ? '…' : '') + printable(line.slice(windowStart, markStart)),
    marked: printable(line.slice(markStart, clippedEnd)),
    after: printable(line.slice(clippedEnd, windowEnd)) + (windowEnd < line.length ? '…' : ''),
  };
}

/** The text of one 0-based line, without its line break. */
export function lineText(text: string, lines: LineIndex, line: number): string {
  const start = lines.offsetAt({ line, character: 0 });
  const end = line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length;
  return text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

/** How many terminal columns a string takes, counting code points rather than UTF-16 units. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const _ of value) width++;
  return width;
}

// Tabs become one space so that the caret line stays aligned under the text.
function printable(value: string): string {
  return value.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}
