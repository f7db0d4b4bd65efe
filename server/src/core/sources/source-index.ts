import { keysContain } from '../model/numbers.js';
import type { NumberMention } from '../model/types.js';
import { ActorSentences, type ActorRankWeights } from './actor-sentences.js';
import { closestIn, closestInCited } from './closest.js';
import { indexParagraph, type IndexedParagraph } from './indexed.js';
import { splitParagraphs } from './paragraphs.js';
import { PassageSearch } from './passage-search.js';
import { findQuoteIn } from './quote-lookup.js';
import { RecentCache } from '../recent-cache.js';
import type { PassageMatch, SourceIndex, SourceParagraph } from './types.js';

/** The normalised form of a text (typography, whitespace, case), for callers comparing wording. */
export { normaliseText } from './normalise.js';

/** The SourceIndex of one text; search and actor structures are built on first use. */
class TextSourceIndex implements SourceIndex {
  readonly paragraphs: SourceParagraph[];
  private readonly indexed: IndexedParagraph[];
  private readonly numberKeys = new Set<string>();
  private search?: PassageSearch;
  private actors?: ActorSentences;
  /** Every check of an assessment asks again for each of its quotations: the answers are remembered. */
  private readonly answers = new RecentCache<string, PassageMatch | undefined>(1024);

  constructor(text: string) {
    this.paragraphs = splitParagraphs(text);
    this.indexed = this.paragraphs.map(indexParagraph);
    for (const p of this.indexed) for (const key of p.numberKeys) this.numberKeys.add(key);
  }

  /** Where a quotation occurs (see quote-lookup.ts for the tolerances). */
  findQuote(quote: string) {
    return this.remembered(`q\u0000${quote}`, () => findQuoteIn(this.indexed, quote));
  }

  /** The passage closest in wording to a text, within the cited paragraphs when given (see closest.ts). */
  closestPassage(text: string, within?: number[]) {
    if (!within || within.length === 0) return this.remembered(`c\u0000${text}`, () => closestIn(this.indexed, text));
    return this.remembered(`c\u0000${within.join(',')}\u0000${text}`, () => closestInCited(this.indexed.filter((p) => within.includes(p.number)), text));
  }

  private remembered(key: string, find: () => PassageMatch | undefined): PassageMatch | undefined {
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known;
    const answer = find();
    this.answers.set(key, answer);
    return answer;
  }

  /** Whether any paragraph holds the number (see model/numbers/keys.ts for the rules). */
  containsNumber(mention: NumberMention): boolean {
    return keysContain(this.numberKeys, mention);
  }

  /** Paragraphs ranked for how well they support a sentence. */
  searchPassages(sentence: string, limit = 3) {
    this.search ??= new PassageSearch(this.indexed);
    return this.search.search(sentence, limit);
  }

  /** Ranked, de-duplicated sentences naming an actor. */
  sentencesAbout(names: string[], limit = 3, weights?: ActorRankWeights) {
    return this.actorSentences().about(names, limit, weights);
  }

  /** Every statement naming an actor, scored, for merging across sources. */
  rankedAbout(names: string[], weights?: ActorRankWeights) {
    return this.actorSentences().ranked(names, weights);
  }

  prepareActorSentences(): void {
    this.actorSentences();
  }

  private actorSentences(): ActorSentences {
    this.actors ??= new ActorSentences(this.indexed);
    return this.actors;
  }
}

/** Builds the index of one source text; build once per text, query many times. */
export function buildSourceIndex(text: string): SourceIndex {
  return new TextSourceIndex(text);
}
