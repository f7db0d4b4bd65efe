import type { CheckedFile } from './checked-file.js';

/** Totals over one run, exactly the `summary` object of the JSON output. */
export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  assertions: number;
  sourcedAssertions: number;
}

/** Adds up the reported findings and the sourcing figures of every file. */
export function summarize(files: readonly CheckedFile[]): Summary {
  const summary = emptySummary();
  files.forEach((file) => addToSummary(summary, file));
  return summary;
}

export function emptySummary(): Summary {
  return { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0, assertions: 0, sourcedAssertions: 0 };
}

/** Counts one more file into a run's totals. */
export function addToSummary(summary: Summary, file: CheckedFile): void {
  summary.files++;
  for (const finding of file.findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else if (finding.severity === 'info') summary.infos++;
    else summary.hints++;
  }
  summary.assertions += file.stats.assertions;
  summary.sourcedAssertions += file.stats.sourcedAssertions;
}

/** Whether the run fails: any error, or more warnings than allowed. */
export function isOverTheLine(summary: Summary, maxWarnings: number | undefined): boolean {
  return summary.errors > 0 || (maxWarnings !== undefined && summary.warnings > maxWarnings);
}

/** "3 errors, 5 warnings, 2 infos", or "no problems". */
export function describeFindings(summary: Summary): string {
  const parts = [
    count(summary.errors, 'error'),
    count(summary.warnings, 'warning'),
    count(summary.infos, 'info'),
    count(summary.hints, 'hint'),
  ].filter((part, index) => index < 2 || !part.startsWith('0 '));
  return summary.errors + summary.warnings + summary.infos + summary.hints === 0 ? 'no problems' : parts.join(', ');
}

/** "42 assertions, 39 sourced (93%)"; the percentage is left out when there is nothing to divide. */
export function describeSourcing(summary: Pick<Summary, 'assertions' | 'sourcedAssertions'>): string {
  const base = `${count(summary.assertions, 'assertion')}, ${summary.sourcedAssertions} sourced`;
  if (summary.assertions === 0) return base;
  return `${base} (${percentage(summary.sourcedAssertions, summary.assertions)}%)`;
}

// Rounded, except that 100% and 0% are kept for "all" and "none": 199 of 200
// sourced must not read as complete.
function percentage(part: number, whole: number): number {
  const rounded = Math.round((100 * part) / whole);
  if (rounded === 100 && part < whole) return 99;
  if (rounded === 0 && part > 0) return 1;
  return rounded;
}

/** "1 file", "2 files". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
