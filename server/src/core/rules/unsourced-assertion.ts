import type { AssessmentRule } from './rule.js';

/** A sentence that states a checkable fact and cites nothing. */
export const unsourcedAssertion: AssessmentRule = {
  code: 'unsourced-assertion',
  check({ model }) {
    return model.sentences
      .filter((s) => s.claim === 'assertion' && s.citations.length === 0)
      .map((s) => ({
        code: 'unsourced-assertion',
        message: 'Unsourced assertion: this sentence states a checkable fact but cites no source. Add a citation such as [@key, ¶n], or reword it as your own judgment.',
        span: s.span,
        data: { kind: 'unsourced', sentence: s.text.replace(/\s+/g, ' ').trim() },
      }));
  },
};
