// PLACEHOLDER
import type { SourcingStats } from '../service-types.js';
import type { Analysis, CodeLensEntry, FileLocation } from './types.js';

export function codeLensesOf(analysis: Analysis, stats: SourcingStats): CodeLensEntry[] {
  return [];
}

export function unsourcedSentences(analysis: Analysis): FileLocation[] {
  return [];
}
