/**
 * A real analytic article, labelled by us sentence by sentence: the article in
 * `../shared/corpus/` is read at run time and never copied into the project,
 * so the labels below are keyed by sentence index only. `A` marks a sentence
 * that needs a source (an event, a figure, a date, reported speech, an
 * agreement); `-` one that does not (judgments, questions, headings, captions).
 */
import { existsSync, readFileSync } from 'node:fs';
import { segmentSentences } from '../server/src/core/text/segment-sentences.js';

/** The file the labels belong to, relative to the shared folder. */
export const ARTICLE_FILE = 'corpus/china-dprk-troops-analysis.txt';

// Sentence 0 … 64, in groups of ten.
const LABELS = ['-AA-----AA', 'AAA-A-AAAA', 'A--AA-AAAA', 'AA---A----', '-A-----A--', '---AA-----', '-----'].join('');

/** The article's sentences with their labels, or a reason why they cannot be used. */
export function readLabelledArticle(sharedDir: string): { rows: Array<{ text: string; positive: boolean }> } | { skipped: string } {
  const file = `${sharedDir}/${ARTICLE_FILE}`;
  if (!existsSync(file)) return { skipped: `${file} not found` };
  const sentences = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => segmentSentences(line).map(({ start, end }) => line.slice(start, end)));
  if (sentences.length !== LABELS.length) {
    return { skipped: `the article splits into ${sentences.length} sentences, the labels expect ${LABELS.length}` };
  }
  return { rows: sentences.map((text, i) => ({ text, positive: LABELS[i] === 'A' })) };
}
