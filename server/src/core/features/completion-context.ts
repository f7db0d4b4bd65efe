// What is being typed inside a pandoc citation, read from the raw text of the
// current line. While a citation is half-typed (`[@chi`, `[@key, ¶`) it is
// not yet a citation the model knows, so the model cannot say; a regular
// expression over one line before the cursor can, and goes no further.
import type { Span } from '../text/line-index.js';

/** The citation part being typed at the cursor: a source key, or the locator after a key. */
export type CitationContext =
  | { kind: 'source-key'; partial: Span }
  | { kind: 'locator'; key: string; partial: Span };

/** A `@key` part of a complete `[…]` citation bracket on one line. */
export interface BracketPart {
  key: string;
  keySpan: Span;
  /** The part's own span inside the bracket (between `[`, `;` and `]`). */
  span: Span;
  locator?: string;
  paragraph?: number;
}

// Pandoc key characters: a letter, digit or `_`, then internal punctuation too.
const keyChars = '[\\p{L}\\p{N}_:.#$%&+?<>~/-]';
const typingKey = new RegExp(`(?:^|\\s)@(${keyChars}*)$`, 'u');
const typingLocator = new RegExp(`(?:^|\\s)@(${keyChars}+?)\\s*,\\s*(¶?\\s*\\d*)$`, 'u');
const bracketPattern = /\[([^[\]]*@[^[\]]*)\]/g;
const keyInPart = new RegExp(`@([\\p{L}\\p{N}_](?:${keyChars}*[\\p{L}\\p{N}_])?)`, 'u');
const paragraphLocator = /(?:¶|§|\bpara(?:graph)?\.?)\s*(\d+)/i;

/** The citation part being typed just before `offset`, or undefined outside an open `[ … @`. */
export function citationContextAt(text: string, offset: number): CitationContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const open = before.lastIndexOf('[');
  if (open < 0 || before.includes(']', open)) return undefined;
  const inside = before.slice(open + 1);
  const segment = inside.slice(inside.lastIndexOf(';') + 1);
  const locator = typingLocator.exec(segment);
  if (locator) return { kind: 'locator', key: locator[1], partial: { start: offset - locator[2].length, end: offset } };
  const key = typingKey.exec(segment);
  if (key) return { kind: 'source-key', partial: { start: offset - key[1].length, end: offset } };
  return undefined;
}

/**
 * The `@key` part of a complete citation bracket under `offset`, read from its
 * line. The model only reads citations in prose, so this finds the ones it
 * leaves out, such as those inside a footnote definition.
 */
export function bracketPartAt(text: string, offset: number): BracketPart | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  for (const match of text.slice(lineStart, lineEnd).matchAll(bracketPattern)) {
    const bracketStart = lineStart + (match.index ?? 0);
    if (offset < bracketStart || offset > bracketStart + match[0].length) continue;
    const parts = partsOf(match[1], bracketStart + 1);
    return parts.find((p) => offset >= p.span.start && offset <= p.span.end) ?? parts[0];
  }
  return undefined;
}

function partsOf(inner: string, innerStart: number): BracketPart[] {
  const parts: BracketPart[] = [];
  let partStart = innerStart;
  for (const part of inner.split(';')) {
    const key = keyInPart.exec(part);
    if (key) {
      const keyStart = partStart + (key.index ?? 0) + 1;
      const rest = part.slice((key.index ?? 0) + key[0].length).replace(/^\s*,\s*/, '').trim();
      const paragraph = paragraphLocator.exec(rest);
      parts.push({
        key: key[1],
        keySpan: { start: keyStart, end: keyStart + key[1].length },
        span: { start: partStart, end: partStart + part.length },
        locator: rest || undefined,
        paragraph: paragraph ? Number(paragraph[1]) : undefined,
      });
    }
    partStart += part.length + 1;
  }
  return parts;
}
