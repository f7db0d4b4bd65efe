/** A 0-based position in UTF-16 code units, as LSP and the JSON output use. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range between two positions. */
export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into one text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Converts between offsets and line/character positions of one text.
 * JavaScript strings are UTF-16, so offsets are already in LSP's unit.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** The position of an offset, clamped to the text. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  /** The offset of a position, clamped to its line and the text. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line];
    const nextStart = this.lineStarts[position.line + 1] ?? this.text.length;
    return Math.min(lineStart + Math.max(0, position.character), nextStart);
  }

  /** The range of a span. */
  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** How many lines the text has. */
  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/**
 * The line index of a text, shared: while an analyst types, the check, its
 * suppressions, the diagnostics and the next hover all ask for the index of
 * the same document version. The last few texts are remembered; a text is
 * found again when it is the same string (a different text of another length
 * is told apart at once).
 */
export function lineIndexOf(text: string): LineIndex {
  const found = recentIndexes.find((entry) => entry.text === text);
  if (found) return found.index;
  const index = new LineIndex(text);
  recentIndexes.unshift({ text, index });
  if (recentIndexes.length > 3) recentIndexes.pop();
  return index;
}

const recentIndexes: Array<{ text: string; index: LineIndex }> = [];
