// The dated events of an actor in one source: every fact about the actor
// that carries a date, as `2024-11-12 · <the clause that holds the date>`.
// A date written without its year (`on November 12`) takes the year of the
// source's own date, or the year before when that would put it after the
// source was written; without a source date it is left out rather than
// guessed.
import { extractNumbers } from '../model/numbers.js';
import type { NumberMention } from '../model/types.js';

/** One dated event: an ISO date (`2024-11-12`, `2024-06` or `2021`) and what happened. */
export interface DatedEvent {
  date: string;
  summary: string;
}

/** Longest summary of an event, so a timeline line fits a hover card. */
const SUMMARY_CHARS = 90;
/** A clause shorter than this (`ratified on November 12`) is read with the clause before it. */
const MIN_CLAUSE_WORDS = 5;

/** The ISO date of a mention, its year filled from the source's date when missing. */
function isoDate(mention: NumberMention, sourceDate: string | undefined): string | undefined {
  if (mention.kind === 'year') return mention.value;
  if (mention.kind !== 'date') return undefined;
  if (/^\d{4}(?:-\d{2}){0,2}$/.test(mention.value)) return mention.value;
  const monthDay = /^(\d{2})-(\d{2})$/.exec(mention.value);
  const anchor = sourceDate && /^(\d{4})-\d{2}-\d{2}/.exec(sourceDate);
  if (!monthDay || !anchor) return undefined;
  const sameYear = `${anchor[1]}-${monthDay[1]}-${monthDay[2]}`;
  return sameYear <= sourceDate!.slice(0, 10) ? sameYear : `${Number(anchor[1]) - 1}-${monthDay[1]}-${monthDay[2]}`;
}

/** The clause of `sentence` around `[start, end)`, without the date itself and its preposition. */
function clauseAround(sentence: string, start: number, end: number): string {
  const clauses = [...sentence.matchAll(/[^,;:()—–]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  // A date may hold a comma (`November 12, 2024`): its clause is the one it starts in.
  const at = Math.max(0, clauses.findIndex((c) => c.start <= start && start < c.end));
  const own = clauses[at];
  if (!own) return tidy(sentence);
  const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const withoutDate = `${sentence.slice(own.start, start).replace(/\b(?:on|in|since|by|from|as of|until|ever since)\s*$/i, '')} ${sentence.slice(Math.min(end, own.end), own.end)}`;
  if (wordCount(withoutDate) >= MIN_CLAUSE_WORDS) return tidy(withoutDate);
  // An opening phrase (`In June 2024, …`) dates the main clause after it; a trailing one (`…, ratified on November 12`) the clause before.
  const neighbour = at === 0 ? clauses.find((c) => c.start >= end) : clauses[at - 1];
  if (!neighbour) return tidy(withoutDate);
  const other = sentence.slice(neighbour.start, neighbour.end).trim();
  return tidy(at === 0 ? `${withoutDate.trim()} ${other}` : `${other}, ${withoutDate.trim()}`);
}

function tidy(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\s+([,.;])/g, '$1').replace(/^[\s,.;]+|[\s,.;]+$/g, '');
  if (flat.length <= SUMMARY_CHARS) return flat;
  const cut = flat.slice(0, SUMMARY_CHARS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_CHARS / 2))}…`;
}

/** The dated events a fact states; no date after the source's own (a forecast is not an event). */
export function datedEvents(sentence: string, sourceDate: string | undefined): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const mention of extractNumbers(sentence)) {
    const date = isoDate(mention, sourceDate);
    if (!date || (sourceDate && date > sourceDate.slice(0, 10))) continue;
    const summary = clauseAround(sentence, mention.span.start, mention.span.end);
    if (summary && !events.some((e) => e.date === date)) events.push({ date, summary });
  }
  return events;
}
