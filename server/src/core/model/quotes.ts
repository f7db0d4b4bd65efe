import type { Quotation } from './types.js';

// Curly “…” pairs, or straight "…" pairs; single quotes are left alone because
// they double as apostrophes.
const quotePattern = /“([^“”]+)”|"([^"]+)"/g;

/** The quotations in one run of prose, with the span of the quoted words. */
export function findQuotations(text: string, offset: number): Quotation[] {
  const quotes: Quotation[] = [];
  for (const match of text.matchAll(quotePattern)) {
    const inner = match[1] ?? match[2];
    const start = offset + (match.index ?? 0) + 1;
    const words = inner.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length === 0) continue;
    quotes.push({ text: inner, span: { start, end: start + inner.length }, wordCount: words.length });
  }
  return quotes;
}
