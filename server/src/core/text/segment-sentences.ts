import type { Span } from './line-index.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Abbreviations after which ICU wrongly ends a sentence. Titles and months are
// always followed by more of the same sentence.
const alwaysJoined = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'cpl', 'gov', 'sen', 'rep', 'pres',
  'amb', 'sec', 'st', 'no', 'nos', 'vs', 'cf', 'e.g', 'i.e', 'approx', 'est', 'fig', 'vol', 'pp', 'p', 'para', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'etc.,',
]);

// Country initials end sentences too ("… sanctions from the U.S."), so they join
// only when the next word does not look like a sentence start.
const initialisms = /(?:^|[\s(])(?:[A-Z]\.){2,}$/;
const sentenceStarters = /^(?:Then|Now|Today|Later|The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|However|Yet|Still|Meanwhile|Moreover|A|An|As|If|When|While|Since|After|Before|For|So|Thus|There|Such)\b/;

/** Splits a run of prose into sentence spans (offsets into `prose`), trimmed, empty ones dropped. */
export function segmentSentences(prose: string): Span[] {
  const raw: Span[] = [];
  for (const { index, segment } of segmenter.segment(prose)) raw.push({ start: index, end: index + segment.length });
  const joined: Span[] = [];
  for (const span of raw) {
    const previous = joined[joined.length - 1];
    if (previous && shouldJoin(prose.slice(previous.start, previous.end), prose.slice(span.start, span.end))) previous.end = span.end;
    else joined.push({ ...span });
  }
  return joined.map((span) => trimSpan(prose, span)).filter((span) => span.end > span.start);
}

function shouldJoin(previous: string, next: string): boolean {
  const ending = previous.trimEnd();
  const lastWord = /([\p{L}.]+)\.$/u.exec(ending)?.[1]?.toLowerCase();
  if (lastWord && alwaysJoined.has(lastWord)) return true;
  if (initialisms.test(ending)) return !sentenceStarters.test(next.trimStart());
  return false;
}

function trimSpan(prose: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  return { start, end };
}
