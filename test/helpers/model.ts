import { createActorMatcher } from '../../server/src/core/model/actor-mentions.js';
import assert from 'node:assert/strict';
import { buildAssessmentModel, type ModelContext } from '../../server/src/core/model/build-model.js';
import { createDocumentParser } from '../../server/src/core/model/incremental-parse.js';
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

/**
 * Asserts that a model built with no document parser to keep (the CLI's: a
 * plain or partly plain text is read without parsing it all) is the one an
 * open document's parser builds, which always parses.
 */
export function assertSameModelAsParsed(text: string, context: ModelContext): void {
  const read = buildAssessmentModel(text, context, { reuseBlocks: false });
  const parsed = buildAssessmentModel(text, context, { parser: createDocumentParser() });
  assert.deepEqual([read.sentences, read.headings, read.frontMatter, read.suppressions.directives], [parsed.sentences, parsed.headings, parsed.frontMatter, parsed.suppressions.directives]);
}
