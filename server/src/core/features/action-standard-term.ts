import { likelihoodTerms } from '../model/estimative-vocabulary.js';
import type { Vocabulary } from '../schema/types.js';

/** Standard terms that are noun phrases taking "a" (`a roughly even chance`); the rest are adjectives. */
const withArticle = new Set(['roughly even chance', 'roughly even odds', 'remote chance', 'realistic possibility']);
/** A noun phrase that takes no article. */
const bare = new Set(['almost no chance']);

const sentenceAdverb = /^(?:perhaps|maybe|possibly|conceivably|presumably|in all likelihood|almost surely|chances are)$/i;
const modalWell = /^(?:might|could|may) well$/i;
const thereIsAChance = /^(there(?:'s| is| was)) (?:a|some) chance$/i;

/**
 * The words that put a standard term where a hedge stood, so that the sentence
 * still reads as English: `Perhaps X` → `There is a roughly even chance that X`,
 * `might well force` → `will probably force`, `most likely` → `very likely`.
 * Undefined when no drop-in exists; the finding then names the term and the
 * analyst rewrites the sentence.
 */
export function standardRewrite(written: string, replacement: string, vocabulary: Vocabulary, atSentenceStart: boolean): string | undefined {
  const adverb = adverbOf(replacement, vocabulary);
  if (sentenceAdverb.test(written)) {
    if (adverb) return adverb;
    if (!atSentenceStart) return undefined;
    return withArticle.has(replacement) ? `There is a ${replacement} that` : bare.has(replacement) ? `There is ${replacement} that` : `It is ${replacement} that`;
  }
  if (modalWell.test(written)) return adverb ? `will ${adverb}` : undefined;
  const there = thereIsAChance.exec(written);
  if (there) return withArticle.has(replacement) ? `${there[1]} a ${replacement}` : bare.has(replacement) ? `${there[1]} ${replacement}` : undefined;
  return categoryOf(written) === categoryOf(replacement) ? replacement : undefined;
}

/** The adverb form of a term (`likely` → `probably`), or the term itself when it is one. */
function adverbOf(term: string, vocabulary: Vocabulary): string | undefined {
  const terms = likelihoodTerms(vocabulary);
  if (terms.some((t) => t.variants.includes(term))) return term;
  const entry = terms.find((t) => t.term === term);
  // `likely` has no -ly form of its own; both scales give `probably` the same band.
  if (term === 'likely') return 'probably';
  return entry?.variants.find((v) => v.endsWith('ly'));
}

function categoryOf(phrase: string): 'article' | 'bare' | 'with-article-written' | 'adjective' {
  const lower = phrase.toLowerCase();
  if (withArticle.has(lower)) return 'article';
  if (bare.has(lower)) return 'bare';
  if (/^(?:a|some) /.test(lower)) return 'with-article-written';
  return 'adjective';
}
