import { createActorMatcher } from '../../server/src/core/model/actor-mentions.js';
import { buildAssessmentModel } from '../../server/src/core/model/build-model.js';
import type { AssessmentModel } from '../../server/src/core/model/types.js';
import type { ActorEntry } from '../../server/src/core/schema/types.js';

const span = { start: 0, end: 0 };

/** Two actors, enough for mention tests. */
export const testActors: ActorEntry[] = [
  { key: 'china', name: 'China', kind: 'state', aliases: ['Beijing', 'PRC', 'Chinese'], aliasSpans: [], related: [], relatedSpans: [], keySpan: span },
  { key: 'north-korea', name: 'North Korea', kind: 'state', aliases: ['Pyongyang', 'DPRK', 'North Korean'], aliasSpans: [], related: [], relatedSpans: [], keySpan: span },
  { key: 'united-states', name: 'United States', kind: 'state', aliases: ['U.S.', 'Washington'], aliasSpans: [], related: [], relatedSpans: [], keySpan: span },
];

/** Builds a model the way the service does, with the test actors and one source URL. */
export function model(text: string): AssessmentModel {
  return buildAssessmentModel(text, {
    actors: createActorMatcher(testActors),
    vocabulary: 'icd-203',
    lookupUrl: (url) => (url === 'https://example.org/brief' ? 'brief' : undefined),
  });
}

/** The text of each sentence, whitespace collapsed. */
export function sentenceTexts(m: AssessmentModel): string[] {
  return m.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
}
