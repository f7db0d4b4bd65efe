import type { Citation, Sentence } from '../model/types.js';
import type { SourceIndex } from '../sources/types.js';
import type { AssessmentContext } from './rule.js';

/** The cited sources of a sentence whose texts can be searched. */
export interface VerifiableSources {
  keys: string[];
  indexes: SourceIndex[];
}

/**
 * The sources a sentence cites, when every one of them has a readable text.
 * If any citation cannot be verified (an unknown URL, a plain-words footnote,
 * a source known only by URL), the claim may rest on it, so nothing is checked.
 */
export function verifiableSourcesOf(sentence: Sentence, context: AssessmentContext): VerifiableSources | undefined {
  if (sentence.citations.length === 0 || !context.schema) return undefined;
  const keys = [...new Set(sentence.citations.map((c) => c.key))];
  if (keys.some((k) => k === undefined || !context.schema!.sources.has(k))) return undefined;
  const indexes = keys.map((k) => context.sourceIndex(k!));
  if (indexes.some((i) => i === undefined)) return undefined;
  return { keys: keys as string[], indexes: indexes as SourceIndex[] };
}

/** A stable identity for a cited source: its key, else its URL, else the footnote itself. */
export function sourceIdentity(citation: Citation): string {
  return citation.key ?? citation.url ?? `${citation.form}@${citation.span.start}`;
}

/** Joins keys for messages: `a`, `a and b`, `a, b and c`. */
export function joinKeys(keys: string[]): string {
  if (keys.length <= 1) return keys.join('');
  return `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
}
