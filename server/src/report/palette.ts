// Colours of the charts. Each is paired with a text on the chart (a grade, a
// severity, a count), so nothing depends on telling colours apart; the pairs
// that sit side by side (sourced and unsourced, the severities) also differ
// in lightness, so they stay apart in greyscale and for colour-blind readers.
import type { SourceCitations } from '../core/report/types.js';

export const coverageGroups = [
  { name: 'sourced', colour: '#0969da' },
  { name: 'unsourced', colour: '#f0883e' },
] as const;

export const judgmentGroups = [
  { name: 'with confidence', colour: '#8250df' },
  { name: 'without confidence', colour: '#d8b9ff' },
] as const;

export const severityGroups = [
  { name: 'error', colour: '#cf222e' },
  { name: 'warning', colour: '#d4a72c' },
  { name: 'info', colour: '#0969da' },
  { name: 'hint', colour: '#8c959f' },
] as const;

/** Admiralty source reliability A–F, then citations that no grade can describe. */
export const reliabilityGroups = [
  { name: 'A completely reliable', colour: '#116329' },
  { name: 'B usually reliable', colour: '#2da44e' },
  { name: 'C fairly reliable', colour: '#8ac926' },
  { name: 'D not usually reliable', colour: '#d4a72c' },
  { name: 'E unreliable', colour: '#cf222e' },
  { name: 'F cannot be judged', colour: '#6e7781' },
  { name: 'no grade', colour: '#d0d7de' },
  { name: 'not in the schema', colour: '#82071e' },
  { name: 'footnote or link', colour: '#afb8c1' },
] as const;

/** The reliability group a cited source falls in. */
export function reliabilityGroupOf(source: Pick<SourceCitations, 'kind' | 'reliability'>): string {
  if (source.kind === 'unknown') return 'not in the schema';
  if (source.kind === 'unkeyed') return 'footnote or link';
  return reliabilityGroups.find((g) => source.reliability !== undefined && g.name.startsWith(`${source.reliability} `))?.name ?? 'no grade';
}

/** The grade as analysts write it (`B2`), or why there is none. */
export function gradeOf(source: Pick<SourceCitations, 'kind' | 'reliability' | 'credibility'>): string {
  if (source.kind === 'unknown') return 'not in schema';
  if (source.kind === 'unkeyed') return 'no grade';
  if (source.reliability === undefined && source.credibility === undefined) return 'ungraded';
  return `${source.reliability ?? '?'}${source.credibility ?? '?'}`;
}
