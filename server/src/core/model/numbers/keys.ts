import type { NumberMention } from '../types.js';

/*
 * Matching rules between a mention in an assessment and the mentions of a
 * source. A source mention *provides* keys (numberKeys); an assessment mention
 * is satisfied when the source provides any one of the keys it *accepts*
 * (matchKeys).
 *
 * - number `10000` matches any spelling of ten thousand (`n:10000`), and a
 *   bare four-digit year-like number (`2000 troops` reads as a year).
 * - percent `12%` matches only percentages (`p:12%`), not the bare number 12.
 * - year `2024` matches the year, any date or month in 2024, and the number
 *   2024 (a year-like quantity, see above).
 * - full date `2024-11-12` matches the same full date, or a year-less
 *   `November 12` in the source (the source's context supplies the year);
 *   it does not match `November 12, 2023`.
 * - year-less date `11-12` matches any date on November 12, with or without year.
 * - month `2024-06` matches `June 2024` or any full date in June 2024.
 */

/** Keys that a mention found in a source provides to the source's key set. */
export function numberKeys(mention: NumberMention): string[] {
  const v = mention.value;
  switch (mention.kind) {
    case 'number':
      return [`n:${v}`];
    case 'percent':
      return [`p:${v}`];
    case 'year':
      return [`y:${v}`, `n:${v}`];
    case 'date':
      return dateKeys(v);
  }
}

/** The keys of a date value in any of its three canonical shapes. */
function dateKeys(value: string): string[] {
  const parts = value.split('-');
  if (parts.length === 2 && parts[0].length === 2) return [`md:${value}`, `md?:${value}`];
  if (parts.length === 2) return [`ym:${value}`, `y:${parts[0]}`];
  const [year, month, day] = parts;
  return [`d:${value}`, `md:${month}-${day}`, `ym:${year}-${month}`, `y:${year}`];
}

/** Keys of which a source must provide at least one to contain this mention. */
export function matchKeys(mention: NumberMention): string[] {
  const v = mention.value;
  if (mention.kind !== 'date') return numberKeys(mention).slice(0, mention.kind === 'year' ? 2 : 1);
  const parts = v.split('-');
  if (parts.length === 2 && parts[0].length === 2) return [`md:${v}`];
  if (parts.length === 2) return [`ym:${v}`];
  return [`d:${v}`, `md?:${parts[1]}-${parts[2]}`];
}

/** Whether a source key set (built with numberKeys) contains a mention. */
export function keysContain(keys: ReadonlySet<string>, mention: NumberMention): boolean {
  return matchKeys(mention).some((key) => keys.has(key));
}
