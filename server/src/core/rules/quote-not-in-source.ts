import { joinKeys, verifiableSourcesOf } from './cited-sources.js';
import type { AssessmentRule, RuleFinding } from './rule.js';

/** A quotation in a cited sentence that none of the cited source texts contains. */
export const quoteNotInSource: AssessmentRule = {
  code: 'quote-not-in-source',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const sentence of context.model.sentences) {
      if (sentence.quotes.length === 0) continue;
      const sources = verifiableSourcesOf(sentence, context);
      if (!sources) continue;
      for (const quote of sentence.quotes) {
        if (sources.indexes.some((index) => index.findQuote(quote.text))) continue;
        const closest = sources.indexes
          .map((index, i) => ({ key: sources.keys[i], match: index.closestPassage(quote.text) }))
          .filter((c) => c.match)
          .sort((a, b) => b.match!.score - a.match!.score)[0];
        const hint = closest ? `; closest passage (¶${closest.match!.paragraph}): “${closest.match!.excerpt}”` : '';
        findings.push({
          code: 'quote-not-in-source',
          message: `Quote not found in ${joinKeys(sources.keys)}${hint}`,
          span: quote.span,
          data: closest ? { kind: 'source-wording', sourceKey: closest.key, paragraph: closest.match!.paragraph, excerpt: closest.match!.excerpt, wording: closest.match!.wording ?? closest.match!.excerpt } : undefined,
        });
      }
    }
    return findings;
  },
};
