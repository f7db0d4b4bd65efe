import type { CheckLimits } from '../core/model/limits.js';

/** The flags that set a check's limits; the command line has none by default, so CI results never depend on machine speed. */
export const limitFlagSpecs = {
  'max-document-kb': { type: 'string' },
  'time-budget-ms': { type: 'string' },
} as const;

export const limitFlagsUsage = `  --max-document-kb N  give larger documents one not-checked note instead of a check
  --time-budget-ms N   stop checking a document after N ms (the rest: one not-checked note)
`;

/** Reads the limit flags, or the one-line reason they are wrong. */
export function parseLimitFlags(values: Record<string, unknown>): CheckLimits | { message: string } {
  const limits: CheckLimits = {};
  const size = wholeNumber(values['max-document-kb'], '--max-document-kb', 1);
  if (typeof size === 'string') return { message: size };
  if (size !== undefined) limits.maxDocumentChars = size * 1024;
  const budget = wholeNumber(values['time-budget-ms'], '--time-budget-ms', 1);
  if (typeof budget === 'string') return { message: budget };
  if (budget !== undefined) limits.timeBudgetMs = budget;
  return limits;
}

function wholeNumber(raw: unknown, flag: string, minimum: number): number | undefined | string {
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  if (!/^\d+$/.test(text) || Number(text) < minimum) return `${flag} expects a whole number of ${minimum} or more, got '${text}'`;
  return Number(text);
}
