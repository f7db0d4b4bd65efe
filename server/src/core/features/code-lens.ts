import type { SourcingStats } from '../service-types.js';
import { unsourcedAssertionsOf } from '../sourcing.js';
import type { Analysis, CodeLensEntry, FileLocation } from './types.js';

/** The lens at the top of an assessment: `N assertions · M sourced (x%) · K judgments`; it lists the unsourced ones. */
export function codeLensesOf(analysis: Analysis, stats: SourcingStats): CodeLensEntry[] {
  const share = stats.assertions > 0 ? ` (${sourcedPercent(stats)}%)` : '';
  const title = `${count(stats.assertions, 'assertion')} · ${stats.sourcedAssertions} sourced${share} · ${count(stats.judgments, 'judgment')}`;
  return [{ span: { start: 0, end: 0 }, title, action: 'list-unsourced' }];
}

/** The assertions resting on no source (what the lens counts and lists), suppressed ones included. */
export function unsourcedSentences(analysis: Analysis): FileLocation[] {
  return unsourcedAssertionsOf(analysis.model, analysis.schema?.schema).map((s) => ({ path: analysis.path, text: analysis.text, span: trimmed(analysis.text, s.span) }));
}

/** A sentence's span without the spaces and line break that follow it. */
function trimmed(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The share of sourced assertions, rounded, but never 100% while one is still unsourced. */
function sourcedPercent(stats: SourcingStats): number {
  const percent = Math.round((stats.sourcedAssertions / stats.assertions) * 100);
  return stats.sourcedAssertions < stats.assertions ? Math.min(percent, 99) : percent;
}
