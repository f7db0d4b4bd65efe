/**
 * The labelled articles of the actor card eval, each loaded the way the
 * product loads a workspace: a claims schema (built in memory) whose only
 * source is the article and whose actors are the labelled ones, read through
 * the real schema loader. Texts are read at run time from `../shared`, never
 * copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { cardSentences, type SourcedSentence } from '../server/src/core/features/hover-actor.js';
import type { ActorEntry } from '../server/src/core/schema/types.js';
import { createSchemaLoader } from '../server/src/core/schema-loader.js';
import type { LoadedSchema } from '../server/src/core/service-types.js';
import type { ActorRankWeights } from '../server/src/core/sources/actor-sentences.js';
import { segmentSentences } from '../server/src/core/text/segment-sentences.js';
import { SHARED_ARTICLE, SHARED_ARTICLE_ACTORS, SHARED_ARTICLE_LABELS } from './eval-actor-shared-labels.js';

/** A labelled sentence: its text as the labellers split it, and each actor's mark. */
export interface LabelledSentence {
  text: string;
  marks: Map<string, 'G' | 'N' | '?'>;
}

export interface EvalArticle {
  name: string;
  /** The shared corpus article (labelled by this project), not the two-labeller dataset. */
  shared: boolean;
  actors: ActorEntry[];
  sentences: LabelledSentence[];
  loaded: LoadedSchema;
  cardSentences(actor: ActorEntry, weights?: Partial<ActorRankWeights>): SourcedSentence[];
}

/** Every labelled article found under the shared folder: the dataset's, then the shared article. */
export function loadArticles(sharedDir: string, repoRoot: string): EvalArticle[] {
  const datasetDir = path.join(sharedDir, 'datasets', 'analytic-prose');
  const articles: EvalArticle[] = [];
  if (existsSync(path.join(datasetDir, 'actors.json'))) {
    for (const slug of readdirSync(datasetDir).sort()) {
      const labels = path.join(datasetDir, slug, 'actors.labels.json');
      if (existsSync(labels)) articles.push(datasetArticle(datasetDir, slug));
    }
  }
  const shared = path.join(sharedDir, SHARED_ARTICLE);
  if (existsSync(shared)) articles.push(sharedArticle(shared, repoRoot));
  return articles;
}

type ActorNames = Record<string, string[]>;

function datasetArticle(datasetDir: string, slug: string): EvalArticle {
  const text = readFileSync(path.join(datasetDir, slug, 'article.txt'), 'utf8');
  const labels = JSON.parse(readFileSync(path.join(datasetDir, slug, 'actors.labels.json'), 'utf8')) as Record<string, { names: string[]; sentences: Record<string, 'G' | 'N' | '?'> }>;
  const rows = readFileSync(path.join(datasetDir, slug, 'sentences.labels.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { n: number; s: string });
  const sentences: LabelledSentence[] = rows.map((row) => ({ text: row.s, marks: new Map() }));
  const byN = new Map(rows.map((row, i) => [row.n, sentences[i]]));
  const names: ActorNames = {};
  for (const [key, actor] of Object.entries(labels)) {
    names[key] = actor.names;
    for (const [n, mark] of Object.entries(actor.sentences)) byN.get(Number(n))?.marks.set(key, mark);
  }
  return assemble(slug, false, text, names, sentences);
}

/** The shared article: split as the product splits it, labels keyed by sentence index. */
function sharedArticle(file: string, repoRoot: string): EvalArticle {
  const text = readFileSync(file, 'utf8');
  const texts = text.split('\n').filter((line) => line.trim()).flatMap((line) => segmentSentences(line).map(({ start, end }) => line.slice(start, end)));
  const sentences: LabelledSentence[] = texts.map((t) => ({ text: t, marks: new Map() }));
  for (const [key, marks] of Object.entries(SHARED_ARTICLE_LABELS)) {
    for (const [n, mark] of Object.entries(marks)) sentences[Number(n)]?.marks.set(key, mark);
  }
  const names = sampleActorNames(repoRoot);
  return assemble(path.basename(file, '.txt'), true, text, names, sentences);
}

/** The shared article's actors as the samples' schema names them. */
function sampleActorNames(repoRoot: string): ActorNames {
  const loader = createSchemaLoader(memoryHost({}));
  const samples = loader.fromText('/samples/claims-schema.yaml', readFileSync(path.join(repoRoot, 'samples', 'claims-schema.yaml'), 'utf8'));
  const names: ActorNames = {};
  for (const key of SHARED_ARTICLE_ACTORS) {
    const actor = samples.schema.actors.get(key);
    if (actor) names[key] = [actor.name, ...actor.aliases];
  }
  return names;
}

function assemble(name: string, shared: boolean, text: string, names: ActorNames, sentences: LabelledSentence[]): EvalArticle {
  const schemaText = stringify({
    version: 1,
    sources: { article: { title: name, file: 'article.txt', reliability: 'B', credibility: 2 } },
    actors: Object.fromEntries(Object.entries(names).map(([key, [first, ...rest]]) => [key, { name: first, kind: 'organization', aliases: rest }])),
  });
  const loader = createSchemaLoader(memoryHost({ '/eval/article.txt': text }));
  const loaded = loader.fromText('/eval/claims-schema.yaml', schemaText);
  const actors = [...loaded.schema.actors.values()];
  return { name, shared, actors, sentences, loaded, cardSentences: (actor, weights) => cardSentences(actor, loaded, weights) };
}

function memoryHost(files: Record<string, string>) {
  return {
    readText: (p: string) => (p in files ? { text: files[p] } : { error: 'no such file' }),
    fileExists: (p: string) => p in files,
  };
}
