// tradecraft.limits.*: how big a document the server checks while the analyst
// types, and how long one check may take. The defaults keep a keystroke's
// re-check short on a laptop; what a limit leaves out is said as a
// not-checked note, never silently.
import type { CheckLimits } from '../core/model/limits.js';

export interface LimitSettings {
  maxDocumentKB: number;
  /** 0: no budget. */
  timeBudgetMs: number;
}

export const defaultLimits: LimitSettings = { maxDocumentKB: 1024, timeBudgetMs: 1500 };

/** Reads `limits` from raw settings; a wrong value is reported and replaced by its default. */
export function readLimits(raw: unknown, warn: (message: string) => void): LimitSettings {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const read = (name: keyof LimitSettings, minimum: number): number => {
    const value = given[name];
    if (value === undefined || value === null) return defaultLimits[name];
    if (typeof value === 'number' && Number.isFinite(value) && value >= minimum) return value;
    warn(`Ignoring tradecraft.limits.${name}: expected a number of ${minimum} or more.`);
    return defaultLimits[name];
  };
  return { maxDocumentKB: read('maxDocumentKB', 1), timeBudgetMs: read('timeBudgetMs', 0) };
}

/** The core's limits for these settings. */
export function checkLimitsOf(limits: LimitSettings): CheckLimits {
  return { maxDocumentChars: Math.round(limits.maxDocumentKB * 1024), timeBudgetMs: limits.timeBudgetMs || undefined };
}
