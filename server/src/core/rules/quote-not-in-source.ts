import type { Sentence } from '../model/types.js';
import type { PassageMatch, SourceIndex } from '../sources/types.js';
import { joinKeys, verifiableSourcesOf } from './cited-sources.js';
import type { AssessmentRule, RuleFinding } from './rule.js';

/** How close a passage elsewhere in a source must be to be shown instead of the cited paragraph's. */
const STRONG_ELSEWHERE = 0.5;
/** How close a window of the cited paragraph must be to be shown at all. */
const WEAK_CITED = 0.2;

/** A quotation in a cited sentence that none of the cited source texts contains. */
export const quoteNotInSource: AssessmentRule = {
  code: 'quote-not-in-source',
  scope: 'block',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const sentence of context.model.sentences) {
      if (sentence.quotes.length === 0) continue;
      const sources = verifiableSourcesOf(sentence, context);
      if (!sources) continue;
      for (const quote of sentence.quotes) {
        if (sources.indexes.some((index) => index.findQuote(quote.text))) continue;
        const closest = sources.indexes
          .map((index, i) => ({ key: sources.keys[i], match: likelyMeant(index, quote.text, citedParagraphs(sentence, sources.keys[i])) }))
          .filter((c): c is { key: string; match: PassageMatch } => c.match !== undefined)
          .sort((a, b) => b.match.score - a.match.score)[0];
        const hint = closest ? `; closest passage (¶${closest.match.paragraph}): “${closest.match.excerpt}”` : '';
        findings.push({
          code: 'quote-not-in-source',
          message: `Quote not found in ${joinKeys(sources.keys)}${hint}`,
          span: quote.span,
          data: closest ? { kind: 'source-wording', sourceKey: closest.key, paragraph: closest.match.paragraph, excerpt: closest.match.excerpt, wording: closest.match.wording ?? closest.match.excerpt } : undefined,
        });
      }
    }
    return findings;
  },
};

/**
 * The passage the analyst most likely meant: in the paragraphs they cited,
 * unless another paragraph is a much closer match; nothing when all are weak,
 * so neither the message nor the fix puts unrelated words in anyone's mouth.
 */
function likelyMeant(index: SourceIndex, quote: string, cited: number[]): PassageMatch | undefined {
  const inCited = cited.length > 0 ? index.closestPassage(quote, cited) : undefined;
  const anywhere = index.closestPassage(quote);
  if (anywhere && anywhere.score >= STRONG_ELSEWHERE && (!inCited || anywhere.score > inCited.score)) return anywhere;
  return inCited && inCited.score >= WEAK_CITED ? inCited : undefined;
}

function citedParagraphs(sentence: Sentence, key: string): number[] {
  return sentence.citations.filter((c) => c.key === key && c.paragraph !== undefined).map((c) => c.paragraph!);
}
