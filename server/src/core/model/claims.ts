import { explainClaim } from './claims/decide.js';
import type { BlockKind, SentenceClaim } from './types.js';

export { explainClaim, isKeyJudgmentSection, type ClaimExplanation } from './claims/decide.js';

/** What the detector needs to know about where a sentence stands. */
export interface ClaimContext {
  block: BlockKind;
  /** The nearest heading above the sentence, if any (e.g. `Key Judgments`). */
  section?: string;
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
 * A transparent rule-and-weight scorer (see `claims/decide.ts`): no model, no
 * I/O, a few regular expressions per sentence.
 */
export function classifyClaim(sentence: string, context: ClaimContext): ClaimVerdict {
  const { claim, isJudgment, reasons } = explainClaim(sentence, context);
  return { claim, isJudgment, reasons };
}
