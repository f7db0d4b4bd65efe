// Limits that keep a check bounded whatever is in the file: too-deep nesting
// (always), a document size above which only one note is given, and a time
// budget after which the rest of the document is left for the next check.
// Each part left out becomes an UncheckedPart, said as a not-checked finding.
import type { Span } from '../text/line-index.js';
import { guardNesting, maxNestingDepth } from './nesting-guard.js';
import type { UncheckedPart } from './types.js';

/** The limits of one check; absent fields mean no limit. */
export interface CheckLimits {
  /** Documents longer than this many characters get one note instead of a check. */
  maxDocumentChars?: number;
  /** After this many milliseconds of analysis, the rest of the document is not checked this time. */
  timeBudgetMs?: number;
  /** The clock (tests pass their own); performance.now by default. */
  now?: () => number;
}

/** What the model builder parses, and what it has already left out. */
export interface LimitedText {
  text: string;
  unchecked: UncheckedPart[];
  /** Over the size limit: nothing is parsed. */
  tooLarge: boolean;
}

export function limitText(text: string, limits: CheckLimits = {}): LimitedText {
  const max = limits.maxDocumentChars;
  if (max !== undefined && text.length > max) {
    return { text: '', unchecked: [{ span: firstLine(text, 0), limit: 'size', value: max }], tooLarge: true };
  }
  const guarded = guardNesting(text);
  const unchecked = guarded.blanked.map((span): UncheckedPart => ({ span, limit: 'nesting', value: maxNestingDepth }));
  return { text: guarded.text, unchecked, tooLarge: false };
}

/** A function that says when the time budget is spent; never, without a budget. */
export function deadlineOf(limits: CheckLimits = {}): () => boolean {
  const budget = limits.timeBudgetMs;
  if (budget === undefined || !(budget > 0)) return () => false;
  const now = limits.now ?? (() => performance.now());
  const end = now() + budget;
  return () => now() > end;
}

/** The part left for later when the budget ran out at `offset`: shown on the line where it starts. */
export function unfinishedFrom(text: string, offset: number, limits: CheckLimits): UncheckedPart {
  return { span: firstLine(text, offset), limit: 'time', value: limits.timeBudgetMs ?? 0 };
}

function firstLine(text: string, offset: number): Span {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return { start: offset, end: Math.max(end, Math.min(offset + 1, text.length)) };
}
