import { findHedges } from './hedges.js';
import { viewSentence } from './sentence-view.js';
import { hasAnalystFraming } from './speech.js';

/** What a sentence's paragraph says about it, for the claim detector. */
export interface ParagraphPlace {
  /** The sentence continues a quotation opened in an earlier sentence of the paragraph. */
  insideQuotation: boolean;
  /** Share (0–1) of the paragraph's other sentences that are hedged or framed by the writer. */
  hedgedNeighbours: number;
}

/**
 * Reads a paragraph's sentences together. Reporters quote several sentences
 * in a row and close the marks only at the end (`“AI can be both. We use it
 * well.”`), so a sentence in the middle carries no mark of its own. And an
 * unhedged sentence among hedged ones is more often the writer's argument
 * than a reported fact (`Verra has backed itself into a corner.`).
 */
export function readParagraph(sentences: string[]): ParagraphPlace[] {
  let open = false;
  // A sentence alone in its paragraph has no neighbours to weigh: its hedges are left to the classifier.
  const hedged = sentences.length > 1 ? sentences.map(isHedged) : [];
  const total = hedged.filter(Boolean).length;
  return sentences.map((sentence, i) => {
    const insideQuotation = open;
    const marks = sentence.match(/["\u201c\u201d]/g)?.length ?? 0;
    if (marks % 2 === 1) open = !open;
    const others = sentences.length - 1;
    return { insideQuotation, hedgedNeighbours: others === 0 ? 0 : (total - (hedged[i] ? 1 : 0)) / others };
  });
}

function isHedged(sentence: string): boolean {
  const view = viewSentence(sentence, true);
  return hasAnalystFraming(view) || findHedges(view).some((h) => !h.weak);
}
