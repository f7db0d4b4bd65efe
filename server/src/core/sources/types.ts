import type { NumberMention } from '../model/types.js';
import type { Span } from '../text/line-index.js';
import type { ActorRankWeights, RankedActorSentence } from './actor-sentences.js';

/** A numbered paragraph (`¶n`, 1-based) of a source text. */
export interface SourceParagraph {
  number: number;
  text: string;
  /** Span in the original source text (for go-to-definition). */
  span: Span;
  /** Written as a Markdown heading (`# …`): a title, not evidence. */
  heading?: boolean;
}

/** A passage of a source found for a quote, a number or a sentence. */
export interface PassageMatch {
  paragraph: number;
  /** A short excerpt of the source's own wording (at most ~200 characters). */
  excerpt: string;
  /** For a closest passage: exactly the source's words that best match, for the "use the source's wording" fix. */
  wording?: string;
  score: number;
}

/** A sentence of a source about an actor, ranked for hover cards. */
export interface ActorSentence {
  paragraph: number;
  text: string;
  score: number;
}

/** Everything Tradecraft knows about one source text, built once per text. */
export interface SourceIndex {
  paragraphs: SourceParagraph[];
  /** Where a quotation occurs, tolerating quote styles, case, whitespace, `[inserted]` words and elisions. */
  findQuote(quote: string): PassageMatch | undefined;
  /**
   * The passage closest in wording to a quotation that was not found, for
   * messages and fixes; `within` limits it to the paragraphs the sentence cites.
   */
  closestPassage(text: string, within?: number[]): PassageMatch | undefined;
  /** Whether the source contains this number, quantity or date in any usual spelling. */
  containsNumber(mention: NumberMention): boolean;
  /** The source's paragraphs ranked by how well they support a sentence. */
  searchPassages(sentence: string, limit?: number): PassageMatch[];
  /** The best sentences about an actor known by these names (its own name first), ranked, without repeats. */
  sentencesAbout(names: string[], limit?: number, weights?: ActorRankWeights): ActorSentence[];
  /** Every statement naming the actor, scored, best first: for merging the sentences of several sources. */
  rankedAbout(names: string[], weights?: ActorRankWeights): RankedActorSentence[];
  /** Builds now what the actor queries above read (each sentence's words), which they would build on first use. */
  prepareActorSentences(): void;
}
