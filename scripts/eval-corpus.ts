/**
 * The labelled development corpus `../shared/datasets/analytic-prose/`: real
 * analytic articles by other publishers, read at run time and never copied
 * into the project. Each article is checked as an uncited assessment would be:
 * a line standing alone without a full stop is a heading, and every other
 * line a paragraph split by the product's own sentence segmenter. The
 * labellers' sentences are then matched to ours by text (never by index), so
 * a difference in segmentation shows up as unmatched rather than mislabelled.
 *
 * Scored: F (checkable fact) is positive, J (judgment) and O (other) negative,
 * A (ambiguous) is left out, as the corpus README asks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BlockKind } from '../server/src/core/model/types.js';
import { readParagraph } from '../server/src/core/model/claims.js';
import { segmentSentences } from '../server/src/core/text/segment-sentences.js';

/** One scored sentence of the corpus, as our segmenter cut it. */
export interface CorpusSentence {
  article: string;
  text: string;
  block: BlockKind;
  section?: string;
  insideQuotation: boolean;
  hedgedNeighbours: number;
  positive: boolean;
}

export interface CorpusArticle {
  slug: string;
  sentences: CorpusSentence[];
  /** Labelled F/J/O sentences with no sentence of ours of the same text. */
  unmatched: number;
}

interface LabelLine {
  s: string;
  label: string;
}

/** Every article of the corpus, or a reason why there is none. */
export function readCorpus(datasetsDir: string): { articles: CorpusArticle[] } | { skipped: string } {
  const root = path.join(datasetsDir, 'analytic-prose');
  if (!existsSync(root)) return { skipped: `${root} not found` };
  const slugs = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'sentences.labels.jsonl'))).sort();
  return { articles: slugs.map((slug) => readArticle(root, slug)) };
}

function readArticle(root: string, slug: string): CorpusArticle {
  const labels = readLabels(path.join(root, slug, 'sentences.labels.jsonl'));
  const ours = splitArticle(readFileSync(path.join(root, slug, 'article.txt'), 'utf8'));
  const byText = new Map(ours.map((s) => [normalise(s.text), s]));
  const sentences: CorpusSentence[] = [];
  let unmatched = 0;
  for (const line of labels) {
    if (!['F', 'J', 'O'].includes(line.label)) continue;
    const match = byText.get(normalise(line.s));
    if (!match) {
      unmatched++;
      continue;
    }
    sentences.push({ article: slug, ...match, positive: line.label === 'F' });
  }
  return { slug, sentences, unmatched };
}

function readLabels(file: string): LabelLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelLine);
}

/** Headings are lines without closing punctuation; the heading above is each sentence's section. */
function splitArticle(text: string): Array<Omit<CorpusSentence, 'article' | 'positive'>> {
  const out: Array<Omit<CorpusSentence, 'article' | 'positive'>> = [];
  let section: string | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    if (isHeadingLine(line)) {
      out.push({ text: line, block: 'heading', insideQuotation: false, hedgedNeighbours: 0 });
      section = line;
      continue;
    }
    const sentences = segmentSentences(line).map((span) => line.slice(span.start, span.end));
    const paragraph = readParagraph(sentences);
    sentences.forEach((text, i) => out.push({ text, block: 'paragraph', section, ...paragraph[i] }));
  }
  return out;
}

function isHeadingLine(line: string): boolean {
  return !/[.!?:;]["'”’)\]]*$/.test(line) && line.split(/\s+/).length <= 20;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
