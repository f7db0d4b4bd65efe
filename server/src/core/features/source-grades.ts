import type { SourceEntry } from '../schema/types.js';

const reliabilityWeight: Record<string, number> = { A: 1, B: 1, C: 0.9, D: 0.75, E: 0.6, F: 0.5 };
const credibilityWeight: Record<number, number> = { 1: 1, 2: 1, 3: 0.9, 4: 0.75, 5: 0.6, 6: 0.5 };

/**
 * How far a source's Admiralty grades let it lead: 1 for A–B / 1–2 (and for
 * an ungraded source), down to 0.5 for F or 6. Used by "cite a source" and the
 * actor card so that, between passages that fit about as well, the
 * better-graded source comes first.
 */
export function gradeWeight(source: SourceEntry | undefined): number {
  return Math.min(reliabilityWeight[source?.reliability ?? 'B'], credibilityWeight[source?.credibility ?? 2]);
}
