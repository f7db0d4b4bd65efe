import { likelihoodTerms, vocabularyName } from '../model/estimative-vocabulary.js';
import type { AssessmentRule } from './rule.js';

/** A likelihood expression outside the schema's estimative vocabulary. */
export const nonstandardEstimative: AssessmentRule = {
  code: 'nonstandard-estimative',
  scope: 'block',
  check({ model, schema }) {
    const found = model.sentences.flatMap((s) => s.estimative.filter((e) => e.kind === 'nonstandard'));
    if (found.length === 0) return [];
    const vocabulary = schema?.estimative ?? 'icd-203';
    const bands = new Map(likelihoodTerms(vocabulary).map((t) => [t.term, t.band]));
    return found
      .map((e) => ({
        code: 'nonstandard-estimative',
        message: `Unexpected “${e.text}”, expected a term of the ${vocabularyName(vocabulary)} such as “${e.term}” (${bands.get(e.term) ?? 'see the scale'}).`,
        span: e.span,
        data: { kind: 'standard-term', term: e.text, replacement: e.term },
      }));
  },
};
