/**
 * Actor marks for the shared article (`../shared/corpus/`), which the
 * analytic-prose dataset does not label. Keyed by sentence index (the article
 * split line by line with the product's segmenter, as `eval-article.ts` does),
 * so no sentence of the article is copied here.
 *
 * Labelled by one person (the issue-11 engineer), not two, following
 * `../shared/datasets/analytic-prose/labelling-guide.md` ("Second task: actor
 * context") plus two rules of our own, written down here because the guide is
 * silent on them:
 * - a sentence about "Chinese experts/commentators" is about China the state
 *   only when it says what the state does or thinks; otherwise it is N, or "?"
 *   where it is about Chinese opinion at large (25, 27, 30);
 * - a sentence that is about actor X's predicament and names Y as X's ally,
 *   partner or neighbour is G for X and N for Y, unless it states a relation
 *   between them as a fact (a treaty, an alliance, aid given or refused).
 * Labels were written before the ranking was changed and are not tuned on.
 */

/** The shared article, relative to the shared folder. */
export const SHARED_ARTICLE = 'corpus/china-dprk-troops-analysis.txt';

/** The actors labelled, as the samples' claims schema names them. */
export const SHARED_ARTICLE_ACTORS = ['north-korea', 'china', 'russia', 'xi-jinping', 'vladimir-putin'] as const;

type Marks = Record<number, 'G' | 'N' | '?'>;

const marks = (good: number[], not: number[], disputed: number[] = []): Marks => {
  const out: Marks = {};
  for (const n of good) out[n] = 'G';
  for (const n of not) out[n] = 'N';
  for (const n of disputed) out[n] = '?';
  return out;
};

export const SHARED_ARTICLE_LABELS: Record<(typeof SHARED_ARTICLE_ACTORS)[number], Marks> = {
  'north-korea': marks(
    [1, 2, 16, 18, 19, 20, 26, 28, 29, 49, 50],
    [3, 4, 6, 15, 21, 22, 23, 24, 33, 36, 37, 38, 39, 40, 43, 45, 47, 48, 53, 55, 57, 58, 59, 60],
  ),
  china: marks(
    [8, 9, 10, 12, 13, 17, 18, 19, 22, 23, 24, 33, 34, 35, 36, 37, 39, 40, 41, 42, 43, 45, 48, 50, 52, 53, 54, 55, 57, 58, 59, 61],
    [0, 3, 4, 5, 6, 7, 15, 21, 26, 28, 29, 32, 38, 49, 51, 62],
    [25, 27, 30],
  ),
  russia: marks(
    [9, 10, 11, 16, 17, 19, 20, 31, 42],
    [0, 1, 3, 5, 8, 14, 15, 21, 22, 23, 24, 30, 33, 36, 37, 38, 39, 40, 43, 47, 49, 55, 57, 59, 62],
  ),
  'xi-jinping': marks([], [62]),
  'vladimir-putin': marks([], [47, 62]),
};
