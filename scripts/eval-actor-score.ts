/** Scoring of shown card sentences against the labellers' actor marks, aligned by text. */
import type { SourcedSentence } from '../server/src/core/features/hover-actor.js';
import type { ActorEntry } from '../server/src/core/schema/types.js';
import type { EvalArticle, LabelledSentence } from './eval-actor-articles.js';

/** How many sentences a card shows, and so the most coverage can ask for. */
const SHOWN = 3;

export type Ranker = (article: EvalArticle, actor: ActorEntry) => SourcedSentence[];

/** One shown sentence and its mark: G good, N not good (or not marked for the actor), ? unscored. */
export interface ShownRow {
  actor: string;
  mark: 'G' | 'N' | '?' | '-';
  paragraph: number;
  text: string;
}

export interface ArticleScore {
  name: string;
  shared: boolean;
  actors: number;
  shown: number;
  /** Shown sentences with a G or N mark. */
  scored: number;
  good: number;
  /** Good shown, and the sum over actors of min(3, good available). */
  covered: number;
  coverable: number;
  rows: ShownRow[];
}

const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The labelled sentences a shown sentence overlaps (same text, or one inside the other). */
function aligned(shown: string, sentences: LabelledSentence[]): LabelledSentence[] {
  const known = alignments.get(sentences) ?? new Map<string, LabelledSentence[]>();
  alignments.set(sentences, known);
  let found = known.get(shown);
  if (!found) {
    const own = normalise(shown);
    found = sentences.filter((s) => {
      const label = normalised(s);
      return label.length > 0 && (own.includes(label) || label.includes(own));
    });
    known.set(shown, found);
  }
  return found;
}

/** Alignments and normalised label texts, computed once: tuning scores the same sentences thousands of times. */
const alignments = new WeakMap<LabelledSentence[], Map<string, LabelledSentence[]>>();
const normalisedText = new WeakMap<LabelledSentence, string>();
function normalised(sentence: LabelledSentence): string {
  let text = normalisedText.get(sentence);
  if (text === undefined) normalisedText.set(sentence, (text = normalise(sentence.text)));
  return text;
}

/** The mark of a shown sentence for an actor: any G wins; a sentence nobody marked for the actor is N. */
function markOf(shown: string, actorKey: string, sentences: LabelledSentence[]): ShownRow['mark'] {
  const marks = aligned(shown, sentences).map((s) => s.marks.get(actorKey));
  if (marks.includes('G')) return 'G';
  if (marks.includes('?')) return '?';
  return marks.length === 0 ? '-' : 'N';
}

export function scoreArticle(article: EvalArticle, rank: Ranker): ArticleScore {
  const score: ArticleScore = { name: article.name, shared: article.shared, actors: 0, shown: 0, scored: 0, good: 0, covered: 0, coverable: 0, rows: [] };
  for (const actor of article.actors) {
    const available = article.sentences.filter((s) => s.marks.get(actor.key) === 'G').length;
    // An actor with nothing good to say still counts for precision: an empty section is right there.
    score.actors++;
    const shown = rank(article, actor);
    let good = 0;
    for (const sentence of shown) {
      const mark = markOf(sentence.text, actor.key, article.sentences);
      score.rows.push({ actor: actor.key, mark, paragraph: sentence.paragraph, text: sentence.text });
      score.shown++;
      if (mark === '?') continue;
      score.scored++;
      if (mark === 'G') good++;
    }
    score.good += good;
    score.covered += Math.min(good, SHOWN);
    score.coverable += Math.min(SHOWN, available);
  }
  return score;
}

/** The pooled score of several articles (sums, so large articles weigh more). */
export function sumScores(name: string, scores: ArticleScore[]): ArticleScore {
  const total: ArticleScore = { name, shared: false, actors: 0, shown: 0, scored: 0, good: 0, covered: 0, coverable: 0, rows: [] };
  for (const s of scores) {
    total.actors += s.actors;
    total.shown += s.shown;
    total.scored += s.scored;
    total.good += s.good;
    total.covered += s.covered;
    total.coverable += s.coverable;
  }
  return total;
}
