import type { SourceEntry } from '../schema/types.js';
import type { AssessmentRule, RuleFinding } from './rule.js';

const reliabilityWords: Record<string, string> = { E: 'unreliable', F: 'reliability cannot be judged' };
const credibilityWords: Record<number, string> = { 5: 'improbable', 6: 'truth cannot be judged' };

/** A fact whose only sources are graded E/F reliability or 5/6 credibility. */
export const weakSource: AssessmentRule = {
  code: 'weak-source',
  scope: 'block',
  check({ model, schema }) {
    if (!schema) return [];
    const findings: RuleFinding[] = [];
    for (const sentence of model.sentences) {
      if (sentence.claim !== 'assertion' || sentence.citations.length === 0) continue;
      const sources = sentence.citations.map((c) => (c.key ? schema.sources.get(c.key) : undefined));
      if (sources.some((s) => s === undefined || !isWeak(s))) continue;
      const described = [...new Set(sources as SourceEntry[])].map(describeGrades).join('; ');
      findings.push({
        code: 'weak-source',
        message: `This fact rests only on ${described}; corroborate it with a better-graded source or present it as that source's claim.`,
        span: sentence.span,
      });
    }
    return findings;
  },
};

function isWeak(source: SourceEntry): boolean {
  return (source.reliability !== undefined && source.reliability in reliabilityWords) || (source.credibility !== undefined && source.credibility >= 5);
}

function describeGrades(source: SourceEntry): string {
  const grades = [
    source.reliability ? `reliability ${source.reliability}${reliabilityWords[source.reliability] ? `: ${reliabilityWords[source.reliability]}` : ''}` : undefined,
    source.credibility ? `credibility ${source.credibility}${credibilityWords[source.credibility] ? `: ${credibilityWords[source.credibility]}` : ''}` : undefined,
  ].filter(Boolean);
  return `${source.key} (${grades.join(', ')})`;
}
