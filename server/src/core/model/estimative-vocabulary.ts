import type { Vocabulary } from '../schema/types.js';

/** A standard likelihood term and its probability band. */
export interface LikelihoodTerm {
  term: string;
  /** Other spellings of the same term (adverbs). */
  variants: string[];
  band: string;
}

/** The ICD 203 scale: two rows of terms with the same bands; a product uses one row. */
const icd203: LikelihoodTerm[] = [
  { term: 'almost no chance', variants: [], band: '1–5 %' },
  { term: 'remote', variants: [], band: '1–5 %' },
  { term: 'very unlikely', variants: [], band: '5–20 %' },
  { term: 'highly improbable', variants: ['highly improbably'], band: '5–20 %' },
  { term: 'unlikely', variants: [], band: '20–45 %' },
  { term: 'improbable', variants: ['improbably'], band: '20–45 %' },
  { term: 'roughly even chance', variants: [], band: '45–55 %' },
  { term: 'roughly even odds', variants: [], band: '45–55 %' },
  { term: 'likely', variants: [], band: '55–80 %' },
  { term: 'probable', variants: ['probably'], band: '55–80 %' },
  { term: 'very likely', variants: [], band: '80–95 %' },
  { term: 'highly probable', variants: ['highly probably'], band: '80–95 %' },
  { term: 'almost certain', variants: ['almost certainly'], band: '95–99 %' },
  { term: 'nearly certain', variants: ['nearly certainly'], band: '95–99 %' },
];

/** The UK PHIA probability yardstick; the gaps between bands are deliberate. */
const phia: LikelihoodTerm[] = [
  { term: 'remote chance', variants: [], band: '≤ 5 %' },
  { term: 'highly unlikely', variants: [], band: '10–20 %' },
  { term: 'unlikely', variants: [], band: '25–35 %' },
  { term: 'realistic possibility', variants: [], band: '40–50 %' },
  { term: 'likely', variants: ['probably'], band: '55–75 %' },
  { term: 'highly likely', variants: [], band: '80–90 %' },
  { term: 'almost certain', variants: ['almost certainly'], band: '≥ 95 %' },
];

/** The likelihood terms of a vocabulary. */
export function likelihoodTerms(vocabulary: Vocabulary): LikelihoodTerm[] {
  return vocabulary === 'phia' ? phia : icd203;
}

/** A vocabulary's name as users know it. */
export function vocabularyName(vocabulary: Vocabulary): string {
  return vocabulary === 'phia' ? 'PHIA probability yardstick' : 'ICD 203 likelihood scale';
}

/**
 * Hedges outside every standard scale, with the standard term each most often
 * means, so the message and the quick fix can offer it.
 */
const hedges: Array<{ pattern: string; icd: string; phia: string }> = [
  { pattern: 'perhaps', icd: 'roughly even chance', phia: 'realistic possibility' },
  { pattern: 'maybe', icd: 'roughly even chance', phia: 'realistic possibility' },
  { pattern: 'possibly', icd: 'roughly even chance', phia: 'realistic possibility' },
  { pattern: 'conceivably', icd: 'unlikely', phia: 'unlikely' },
  { pattern: 'might well', icd: 'likely', phia: 'likely' },
  { pattern: 'could well', icd: 'likely', phia: 'likely' },
  { pattern: 'may well', icd: 'likely', phia: 'likely' },
  { pattern: "there(?:'s| is| was) (?:a|some) chance", icd: 'roughly even chance', phia: 'realistic possibility' },
  { pattern: '(?:a|some) (?:good|real|strong|fair|decent) chance', icd: 'likely', phia: 'likely' },
  { pattern: '(?:a|some) (?:slight|small|slim) chance', icd: 'unlikely', phia: 'unlikely' },
  { pattern: 'chances are', icd: 'likely', phia: 'likely' },
  { pattern: 'in all likelihood', icd: 'very likely', phia: 'highly likely' },
  { pattern: 'almost surely', icd: 'almost certainly', phia: 'almost certainly' },
  { pattern: 'presumably', icd: 'likely', phia: 'likely' },
  { pattern: 'most likely', icd: 'very likely', phia: 'highly likely' },
  { pattern: 'highly likely', icd: 'very likely', phia: 'highly likely' },
  { pattern: 'highly unlikely', icd: 'very unlikely', phia: 'highly unlikely' },
  { pattern: 'very likely', icd: 'very likely', phia: 'highly likely' },
  { pattern: 'very unlikely', icd: 'very unlikely', phia: 'highly unlikely' },
  { pattern: 'realistic possibility', icd: 'roughly even chance', phia: 'realistic possibility' },
  { pattern: 'remote chance', icd: 'remote', phia: 'remote chance' },
  { pattern: 'roughly even chance', icd: 'roughly even chance', phia: 'realistic possibility' },
  { pattern: 'almost no chance', icd: 'almost no chance', phia: 'remote chance' },
  { pattern: 'probable', icd: 'probable', phia: 'likely' },
  { pattern: 'improbable', icd: 'improbable', phia: 'unlikely' },
];

/** The non-standard expressions of a vocabulary, with their standard replacement. */
export function nonstandardExpressions(vocabulary: Vocabulary): Array<{ pattern: string; replacement: string }> {
  const standard = new Set(likelihoodTerms(vocabulary).flatMap((t) => [t.term, ...t.variants]));
  return hedges
    .map((h) => ({ pattern: h.pattern, replacement: vocabulary === 'phia' ? h.phia : h.icd }))
    .filter((h) => !standard.has(h.pattern));
}

/** What each confidence level means (ODNI usage), for hovers and messages. */
export const confidenceMeanings: Record<'high' | 'moderate' | 'low', string> = {
  high: 'sound argumentation and high-quality, consistent reporting from multiple sources; few gaps, few assumptions, low potential for deception',
  moderate: 'credibly sourced and plausible, but not of sufficient quality or corroboration for high confidence',
  low: 'credibility or plausibility questionable, information too fragmented or poorly corroborated for solid inferences, or significant concerns about the sources',
};
