import type { AssessmentModel, Sentence } from './model/types.js';
import type { ClaimsSchema } from './schema/types.js';
import type { SourcingStats } from './service-types.js';

/**
 * Whether a sentence rests on a source: a citation of a key the schema knows,
 * a link, or a footnote in words. A key the schema does not know sources
 * nothing, so it does not count (its own finding says why).
 */
export function isSourced(sentence: Sentence, schema: ClaimsSchema | undefined): boolean {
  return sentence.citations.some((c) => c.key === undefined || !schema || schema.sources.has(c.key));
}

/** Sourcing figures of one assessment: the summaries, the status bar and the code lens all show these. */
export function sourcingStatsOf(model: AssessmentModel, schema: ClaimsSchema | undefined): SourcingStats {
  const assertions = model.sentences.filter((s) => s.claim === 'assertion');
  return {
    assertions: assertions.length,
    sourcedAssertions: assertions.filter((s) => isSourced(s, schema)).length,
    judgments: model.sentences.filter((s) => s.isJudgment).length,
  };
}

/** The assertions that rest on no source, suppressed or not: what the lens counts is what it lists. */
export function unsourcedAssertionsOf(model: AssessmentModel, schema: ClaimsSchema | undefined): Sentence[] {
  return model.sentences.filter((s) => s.claim === 'assertion' && !isSourced(s, schema));
}
