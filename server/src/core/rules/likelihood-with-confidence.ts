import type { AssessmentRule, RuleFinding } from './rule.js';

/** A likelihood term and a confidence level in the same sentence, which ICD 203 forbids (and PHIA advice shares). */
export const likelihoodWithConfidence: AssessmentRule = {
  code: 'likelihood-with-confidence',
  scope: 'block',
  check({ model, schema }) {
    const standard = schema?.estimative === 'phia' ? 'The PHIA yardstick' : 'ICD 203';
    const findings: RuleFinding[] = [];
    // A heading (`Likely outcomes, moderate confidence`) labels a section; it is not a judgment.
    for (const sentence of model.sentences.filter((s) => s.block !== 'heading')) {
      const likelihood = sentence.estimative.find((e) => e.kind !== 'confidence');
      const confidence = sentence.estimative.find((e) => e.kind === 'confidence');
      if (!likelihood || !confidence) continue;
      findings.push({
        code: 'likelihood-with-confidence',
        message: `“${likelihood.text}” (likelihood) and “${confidence.text}” (confidence) in one sentence; ${standard} keeps them apart: state how likely the event is and how confident you are in separate sentences.`,
        span: sentence.span,
      });
    }
    return findings;
  },
};
