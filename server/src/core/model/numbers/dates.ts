import { MONTHS, pad2, type RawMention } from './raw.js';

/*
 * Dates in the spellings analysts and news copy use. Canonical values:
 * `MM-DD` without a year, `YYYY-MM-DD` with one, `YYYY-MM` for a month of a
 * year. Month names must be capitalised so the verb `may` is never a month.
 */
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\b\\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\p{N})`;

/** `2024-11-12` (ISO 8601 calendar date). */
const ISO = /(?<![\p{L}\p{N}-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/gu;
/** `November 12`, `Nov. 12th`, `November 12, 2024`. */
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\p{N}])${MONTH}\s+${DAY}(?:,?\s+${YEAR})?`, 'gu');
/** `12 November`, `12th of November`, `12 Nov 2024`, `12 November, 2024`. */
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}.,])${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?`, 'gu');
/** `04/11/2024`, `4.11.2024`, `2024/11/04`: numeric dates with slashes or dots. */
const NUMERIC = /(?<![\p{L}\p{N}/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\p{N}/])/gu;
const NUMERIC_YEAR_FIRST = /(?<![\p{L}\p{N}/.])((?:19|20)\d{2})([/.])(\d{1,2})\2(\d{1,2})(?![\p{N}/])/gu;
/** `June 2024`, `Feb. 2022`. */
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])${MONTH},?\s+${YEAR}`, 'gu');

/** The canonical value of a date, or undefined when day or month is impossible. */
function dateValue(month: number, day: number | undefined, year: string | undefined): string | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return year === undefined ? undefined : `${year}-${pad2(month)}`;
  if (day < 1 || day > 31) return undefined;
  return year === undefined ? `${pad2(month)}-${pad2(day)}` : `${year}-${pad2(month)}-${pad2(day)}`;
}

/** One candidate per regex match, built by `read` from the match groups. */
function collect(
  text: string,
  re: RegExp,
  read: (m: RegExpMatchArray) => [number, number | undefined, string | undefined],
): RawMention[] {
  const out: RawMention[] = [];
  for (const m of text.matchAll(re)) {
    const [month, day, year] = read(m);
    const value = dateValue(month, day, year);
    if (value === undefined) continue;
    out.push({ kind: 'date', value, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * `13/11/2024` is day first and `11/13/2024` month first; `04/11/2024` could
 * be either (Britain or the United States), so only its year is claimed.
 */
function numericDates(text: string): RawMention[] {
  const out: RawMention[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), m[4]];
    const at = { start: m.index!, end: m.index! + m[0].length };
    const value = a > 12 ? dateValue(b, a, year) : b > 12 ? dateValue(a, b, year) : a === b ? dateValue(a, b, year) : undefined;
    if (value) out.push({ kind: 'date', value, ...at });
    else if (a <= 12 && b <= 12) out.push({ kind: 'year', value: year, ...at });
  }
  return out;
}

/** What each kind of date cannot be written without: most sentences skip most of the scans. */
const NUMERIC_SEPARATOR = /\d[/.]\d/;
const ISO_SHAPE = /\d-\d\d-\d/;
/** Every month name starts with one of these, capitalised. */
const MONTH_PREFIX = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

/** Every date candidate, possibly overlapping; the caller keeps the longest at each place. */
export function findDates(text: string): RawMention[] {
  const found: RawMention[] = [];
  if (NUMERIC_SEPARATOR.test(text)) {
    found.push(...numericDates(text), ...collect(text, NUMERIC_YEAR_FIRST, (m) => [Number(m[3]), Number(m[4]), m[1]]));
  }
  if (ISO_SHAPE.test(text)) found.push(...collect(text, ISO, (m) => [Number(m[2]), Number(m[3]), m[1]]));
  if (MONTH_PREFIX.test(text)) {
    found.push(
      ...collect(text, MONTH_DAY, (m) => [MONTHS[m[1]], Number(m[2]), m[3]]),
      ...collect(text, DAY_MONTH, (m) => [MONTHS[m[2]], Number(m[1]), m[3]]),
      ...collect(text, MONTH_YEAR, (m) => [MONTHS[m[1]], undefined, m[2]]),
    );
  }
  return found;
}
