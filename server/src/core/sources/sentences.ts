import { segmentSentences } from '../text/segment-sentences.js';

/** A sentence of a paragraph, with its span in the paragraph's text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** The sentences of a source paragraph, split exactly as assessments are. */
export function splitSentences(text: string): SentenceSpan[] {
  return segmentSentences(text).map(({ start, end }) => ({ text: text.slice(start, end), start, end }));
}
