import { joinKeys, verifiableSourcesOf } from './cited-sources.js';
import { figureInCitedPassage } from './number-in-passage.js';
import type { AssessmentRule, RuleFinding } from './rule.js';

/** A number, quantity or date in a cited sentence that no cited source text contains. */
export const numberNotInSource: AssessmentRule = {
  code: 'number-not-in-source',
  scope: 'block',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const sentence of context.model.sentences) {
      if (sentence.numbers.length === 0) continue;
      const sources = verifiableSourcesOf(sentence, context);
      if (!sources) continue;
      for (const number of sentence.numbers) {
        if (sources.indexes.some((index) => index.containsNumber(number))) continue;
        const given = figureInCitedPassage(sentence, number, sources.keys, sources.indexes);
        const says = given ? `; ¶${given.paragraph} gives “${given.phrase}”` : '';
        findings.push({
          code: 'number-not-in-source',
          message: `“${number.text}” is not in ${joinKeys(sources.keys)} in any usual spelling${says}; check the figure or cite the source that gives it.`,
          span: number.span,
          data: given && { kind: 'source-wording', sourceKey: given.sourceKey, paragraph: given.paragraph, excerpt: given.phrase, wording: given.figure },
        });
      }
    }
    return findings;
  },
};
