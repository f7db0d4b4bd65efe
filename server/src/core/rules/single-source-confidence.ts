import { sourceIdentity } from './cited-sources.js';
import type { AssessmentRule, RuleFinding } from './rule.js';

/** A moderate- or high-confidence judgment whose paragraph cites fewer than two distinct sources. */
export const singleSourceConfidence: AssessmentRule = {
  code: 'single-source-confidence',
  scope: 'block',
  check({ model }) {
    const sourcesByBlock = new Map<number, Set<string>>();
    for (const sentence of model.sentences) {
      const set = sourcesByBlock.get(sentence.blockIndex) ?? new Set<string>();
      sentence.citations.forEach((c) => set.add(sourceIdentity(c)));
      sourcesByBlock.set(sentence.blockIndex, set);
    }
    const findings: RuleFinding[] = [];
    // A heading (`High-confidence judgments`) labels a section; it is not a judgment.
    for (const sentence of model.sentences.filter((s) => s.block !== 'heading')) {
      const confidence = sentence.estimative.find((e) => e.kind === 'confidence' && e.term !== 'low' && !isNegated(sentence.text, e.span.start - sentence.span.start));
      const count = sourcesByBlock.get(sentence.blockIndex)?.size ?? 0;
      if (!confidence || count >= 2) continue;
      findings.push({
        code: 'single-source-confidence',
        message: `“${confidence.text}” rests on ${count === 0 ? 'no cited source' : 'a single source'}; cite at least two independent sources in this paragraph or lower the confidence level.`,
        span: confidence.span,
      });
    }
    return findings;
  },
};

/** "no judgment here carries high confidence", "we do not have high confidence": not a claim of confidence. */
function isNegated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase();
  return /\b(?:no|not|never|without|lack|lacks|lacking|nor)\b(?:\s+\S+){0,5}\s*$/.test(before);
}
