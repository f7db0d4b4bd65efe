import type { AssessmentRule } from './rule.js';

/**
 * An analytic judgment (`we assess`, a key judgment) whose paragraph states no
 * confidence level. The paragraph counts, because analysts often give the
 * confidence in the sentence after the judgment.
 */
export const judgmentWithoutConfidence: AssessmentRule = {
  code: 'judgment-without-confidence',
  scope: 'block',
  check({ model }) {
    const blocksWithConfidence = new Set(
      model.sentences.filter((s) => s.estimative.some((e) => e.kind === 'confidence')).map((s) => s.blockIndex),
    );
    return model.sentences
      .filter((s) => s.isJudgment && !blocksWithConfidence.has(s.blockIndex))
      .map((s) => ({
        code: 'judgment-without-confidence',
        message: 'Analytic judgment without a confidence level; say whether you hold it with high, moderate or low confidence.',
        span: s.span,
      }));
  },
};
