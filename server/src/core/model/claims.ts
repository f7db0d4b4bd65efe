import { explainClaim } from './claims/decide.js';
import type { BlockKind, SentenceClaim } from './types.js';

export { readParagraph, type ParagraphPlace } from './claims/paragraph-context.js';
export { explainClaim, isKeyJudgmentSection, type ClaimExplanation } from './claims/decide.js';

/** What the detector needs to know about where a sentence stands. */
export interface ClaimContext {
  block: BlockKind;
  /** The nearest heading above the sentence, if any (e.g. `Key Judgments`). */
  section?: string;
  /** The sentence continues a quotation opened earlier in its paragraph (see `readParagraph`). */
  insideQuotation?: boolean;
  /** Share of the paragraph's other sentences that are hedged (see `readParagraph`). */
  hedgedNeighbours?: number;
}

/** The detector's verdict on one sentence. */
export interface ClaimVerdict {
  claim: SentenceClaim;
  /** An analytic judgment (`we assess`, `we judge`, a key judgment) that needs a confidence level. */
  isJudgment: boolean;
  /** Why, in the detector's words (`reported: officials said`, `date`, `past event`). */
  reasons: string[];
}

/**
 * Decides whether a sentence states a checkable fact that needs a source
 * (`assertion`), is the analyst's own estimate or interpretation (`judgment`),
 * or neither (`other`: questions, headings, captions, framing).
 *
 * Rules for what the contract fixes (framing, reported speech), then a
 * logistic regression over named cues trained on a labelled corpus (see
 * `claims/decide.ts`, `claims/scorer.ts`): no I/O, a few regular expressions
 * per sentence.
 */
export function classifyClaim(sentence: string, context: ClaimContext): ClaimVerdict {
  const { claim, isJudgment, reasons } = explainClaim(sentence, context);
  return { claim, isJudgment, reasons };
}
