/**
 * Measures the actor cards' "What the sources say" — a measurement, not a
 * test: it never fails on low figures.
 *
 * For every article of `../shared/datasets/analytic-prose/` (and the shared
 * article in `../shared/corpus/`), a claims schema is built in memory with
 * that article as its only source and the labelled actors as its actors; the
 * real card code (`cardSentences`) picks each actor's sentences, which are
 * scored against the labellers' marks (G good on a card, N not, ? disputed
 * and unscored), aligned by text:
 *
 * - precision: good shown ÷ scored shown (a shown sentence no labeller marked
 *   for the actor counts as not good);
 * - coverage: good shown ÷ min(3, good available).
 *
 * Usage: `npm run eval` (this script is chained after the assertion eval), or
 * `node --import tsx scripts/eval-actor-cards.ts [--cv] [--shown]`:
 * `--cv` adds leave-one-article-out cross-validation of the ranking weights,
 * `--shown` lists every shown sentence's mark, `--tune` prints the weights
 * tuned on all articles.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from './eval-actor-articles.js';
import { scoreArticle, sumScores, type ArticleScore, type Ranker } from './eval-actor-score.js';
import { crossValidate, tune } from './eval-actor-cv.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = process.env.TRADECRAFT_SHARED ?? path.resolve(repoRoot, '..', 'shared');

const defaultRanker: Ranker = (article, actor) => article.cardSentences(actor);

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : ' n/a').padStart(9);

main();

function main(): void {
  const articles = loadArticles(sharedDir, repoRoot);
  if (articles.length === 0) {
    console.log(`No labelled articles under ${sharedDir}; skipping the actor card evaluation.`);
    return;
  }
  console.log('Actor cards: the sentences "What the sources say" shows (top 3 per actor)\n');
  const scores = articles.map((article) => scoreArticle(article, defaultRanker));
  printTable(scores);
  if (process.argv.includes('--shown')) printShown(scores);
  if (process.argv.includes('--cv')) {
    console.log('\nLeave-one-article-out cross-validation (weights tuned on the other articles, scored on the held-out one)\n');
    printTable(crossValidate(articles));
  }
  if (process.argv.includes('--tune')) console.log('\nWeights tuned on every article (tuned text):', JSON.stringify(tune(articles)));
}

function printTable(scores: ArticleScore[]): void {
  const line = (name: string, s: ArticleScore) =>
    console.log(
      `${name.padEnd(40)} ${String(s.actors).padStart(6)} ${String(s.shown).padStart(5)} ${fmt(s.good / s.scored)} ${fmt(s.covered / s.coverable)}`,
    );
  console.log(`${'article'.padEnd(40)} actors shown precision coverage`);
  for (const s of scores) line(s.name, s);
  const dataset = scores.filter((s) => !s.shared);
  const shared = scores.filter((s) => s.shared);
  if (dataset.length > 0) line('pooled: analytic-prose', sumScores('', dataset));
  if (shared.length > 0 && dataset.length > 0) line('pooled: all', sumScores('', scores));
}

function printShown(scores: ArticleScore[]): void {
  for (const s of scores) {
    console.log(`\n## ${s.name}`);
    for (const row of s.rows) console.log(`${row.actor.padEnd(16)} ${row.mark} ¶${row.paragraph} ${row.text.slice(0, 110)}`);
  }
}

