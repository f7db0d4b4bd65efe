import type { NumberMention } from './types.js';
import { findDates } from './numbers/dates.js';
import { findDigitNumbers } from './numbers/digits.js';
import { maskNonProse } from './numbers/mask.js';
import type { RawMention } from './numbers/raw.js';
import { findWordNumbers, type WordNumberOptions } from './numbers/words.js';

/** Matching keys for the source index; the rules are documented in numbers/keys.ts. */
export { numberKeys, matchKeys, keysContain } from './numbers/keys.js';

/**
 * Keeps the longest candidate at each place and drops any that overlaps one
 * already kept. Earlier groups win over later ones: dates claim their digits
 * before the number scanners see them.
 */
function resolveOverlaps(groups: RawMention[][]): RawMention[] {
  const kept: RawMention[] = [];
  const overlaps = (m: RawMention) => kept.some((k) => m.start < k.end && k.start < m.end);
  for (const group of groups) {
    const ordered = [...group].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of ordered) if (!overlaps(m)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Finds numbers, quantities, percentages, years and dates in one run of prose.
 * `offset` is added to every span so callers can pass a slice of a larger text.
 *
 * Canonical values make spellings compare equal: `10,000`, `10 000`,
 * `ten thousand` and `10k` are all `10000`; `12%`, `12 percent` and `twelve
 * per cent` are percent `12%`; `Nov. 12`, `12 November` and `November 12th`
 * are date `11-12`; `12 Nov 2024` and `2024-11-12` are `2024-11-12`; `June
 * 2024` is `2024-06`; a bare 1900–2099 (also `mid-2024`) is year `2024`.
 * Spans cover the number as written, with its scale word or percent sign
 * (`1.5 million`, `12 percent`) but not hedges such as `more than`.
 * Skipped: citations and locators (`[@key, ¶3]`, `p. 4`), URLs, clock times,
 * identifiers (`F-16`, `A320`, `ICD 203`), ordinals (`12th`, `first`), digits
 * glued to letters (`1990s`, `5G`) and spelled numbers below ten unless
 * `options.small` (then `two`…`nine` count; a lone `one` never does).
 */
export function extractNumbers(text: string, offset = 0, options: WordNumberOptions = {}): NumberMention[] {
  // Dates and numbers in digits need a digit: most sentences have none, and only number words are looked for.
  const hasDigit = /\d/.test(text);
  const masked = maskNonProse(text, hasDigit);
  const found = resolveOverlaps(hasDigit ? [findDates(masked), findDigitNumbers(masked), findWordNumbers(masked, options)] : [findWordNumbers(masked, options)]);
  return found.map((m) => ({
    kind: m.kind,
    value: m.value,
    text: text.slice(m.start, m.end),
    span: { start: m.start + offset, end: m.end + offset },
  }));
}
