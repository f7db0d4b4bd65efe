import type { Quotation } from './types.js';

// Curly “…” pairs, straight "…" pairs, or curly single ‘…’ pairs (British house
// style). A single closing mark doubles as the apostrophe, so ’ followed by a
// letter (`Russia’s`, `don’t`) stays inside the quotation, and ‘ must open
// after a space or punctuation. Straight single quotes are left alone: they
// are apostrophes far more often than quotation marks.
const quotePattern = /“([^“”]+)”|"([^"]+)"|(?<![\p{L}\p{N}])‘((?:[^‘’]|’(?=\p{L}))+)’(?![\p{L}\p{N}])/gu;

/** The quotations in one run of prose, with the span of the quoted words. */
export function findQuotations(text: string, offset: number): Quotation[] {
  const quotes: Quotation[] = [];
  for (const match of text.matchAll(quotePattern)) {
    const inner = match[1] ?? match[2] ?? match[3];
    const start = offset + (match.index ?? 0) + 1;
    const words = inner.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length === 0) continue;
    quotes.push({ text: inner, span: { start, end: start + inner.length }, wordCount: words.length });
  }
  return quotes;
}
