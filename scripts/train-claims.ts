/**
 * `npm run train`: learns the claim scorer's weights from the whole labelled
 * development corpus (`../shared/datasets/analytic-prose/`, read at run time)
 * and writes them to `server/src/core/model/claims/claim-weights.json`.
 * `npm run eval` measures the same procedure cross-validated by article.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainClaimWeights } from './claim-training.js';
import { readCorpus } from './eval-corpus.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const datasetsDir = process.env.TRADECRAFT_DATASETS ?? path.resolve(repoRoot, '..', 'shared', 'datasets');
const out = path.join(repoRoot, 'server/src/core/model/claims/claim-weights.json');

const corpus = readCorpus(datasetsDir);
if ('skipped' in corpus) {
  console.error(`Cannot train: ${corpus.skipped}.`);
  process.exitCode = 1;
} else {
  const sentences = corpus.articles.flatMap((a) => a.sentences.map((s) => ({ text: s.text, place: s, positive: s.positive })));
  const model = trainClaimWeights(sentences);
  writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`Trained on ${sentences.length} sentences of ${corpus.articles.length} articles; ${Object.keys(model.weights).length} cues → ${path.relative(repoRoot, out)}`);
}
