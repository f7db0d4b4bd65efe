import type { BlockKind } from '../types.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Sentences that are neither facts nor judgments: headings, questions,
 * captions and credits, fragments, instructions to the reader and notes
 * about the text itself. Returns why, or undefined when the sentence is a
 * claim of some kind.
 */
export function findOtherReason(view: SentenceView, block: BlockKind): string | undefined {
  if (block === 'heading') return 'heading';
  if (view.tokens.length === 0) return 'no words';
  if (/\?["')\]*_]*$/.test(view.text)) return 'question';
  if (isCaption(view)) return 'caption or credit';
  if (view.text.endsWith(':') && view.tokens.length <= 6 && INTRODUCES_QUOTATION.test(view.text)) return 'introduces a quotation';
  if (isFragment(view, block)) return 'fragment';
  if (isMetaText(view.lower)) return 'note about the text';
  if (isImperative(view)) return 'instruction to the reader';
  return undefined;
}

/** `The authors wrote:` — a speaker and a colon, the quotation following in its own block. */
const INTRODUCES_QUOTATION = /^[^:]+ (?:wrote|writes|said|says|added|explained|stated|noted|told \w+):$/i;

/** `PHOTO: …`, `Figure 2. …`, `Source: …`, `Update, 6 April: …`, or a bracketed credit line. */
function isCaption(view: SentenceView): boolean {
  if (/^(?:photo|image|picture|figure|fig\.|table|chart|graph|map|source|sources|credit|caption|note|notes)\s*\d*\s*[:.—-]/i.test(view.text)) return true;
  if (/^(?:update|updated|correction|editor's note)\s*[,:]/i.test(view.text)) return true;
  return /^\(.*\)\.?$/.test(view.text) && /\/|\bvia\b|\bcredit\b/i.test(view.text);
}

/**
 * Two words or fewer, or a table cell without a verb-like word: too short to
 * state a checkable claim on its own. A number keeps even a short cell.
 */
function isFragment(view: SentenceView, block: BlockKind): boolean {
  const count = view.tokens.length;
  if (count <= 2) return true;
  if (block !== 'table-cell' || /\d/.test(view.text)) return false;
  return count <= 4 && !view.tokens.some((t) => /(?:ed|s)$/.test(t.lower) && t.lower.length > 3);
}

/** Disclaimers, road signs and self-description of the document. */
const META =
  /^(?:the (?:views|opinions) expressed|(?:this|the present) (?:paper|report|article|brief|section|chapter|analysis|assessment|study|memo|note) (?:examines|explores|considers|looks at|describes|outlines|focuses|reviews|draws|is based|proceeds|was prepared|was written)|in this (?:paper|report|article|brief|section|chapter)|see (?:also|annex|appendix|figure|table|below|above|section|chapter|note)|for (?:more|further) (?:information|details|detail)|all rights reserved|copyright|the author (?:thanks|is|would like)|(?:thanks|thank you)\b|we (?:thank|are grateful)|(?:updated|published|posted|last modified)\s*(?:on|:)|(?:click|subscribe|sign up|download|read more)\b)/;

/**
 * The analysts describing their own method (`We did not use social-media
 * reporting`, `We relied on customs data`): a note about the analysis, not a
 * claim about the world.
 */
const METHOD_NOTE =
  /^(?:we|the authors?) (?:also |only |mainly |largely |then |first )?(?:did not use|have not used|did not include|excluded|used|relied|drew|consulted|reviewed|examined|interviewed|hold no|have no|lack|analy[sz]ed|compared|looked at|collected|searched|downloaded|scraped|counted|coded)\b/;

/** Road signs to a figure or to the reader's own checking (`in the chart below`, `you can monitor`). */
const SIGNPOSTING =
  /^(?:in|on) the (?:chart|table|map|graphic|figure|graph|timeline|video|image)s? (?:below|above)|^(?:the|this) (?:chart|table|map|graphic|figure|list)s? (?:below|above|that follows?)|^you can\b|^this (?:section|chapter|part) (?:sets out|describes|looks at|turns to|covers)/;

function isMetaText(lower: string): boolean {
  if (META.test(lower) || SIGNPOSTING.test(lower)) return true;
  // A method with counts (`we identified 28 posts`) reports a finding, which needs its source.
  if (METHOD_NOTE.test(lower)) return !/\d/.test(lower);
  return /\b(?:are|is) (?:the author'?s?'? own|those of the authors?(?:\(s\))?)\b/.test(lower);
}

/**
 * Sentences that open with a bare verb addressed to the reader (`Consider the
 * 2015 deal.`) frame the argument rather than claim anything. `Note that …`
 * and `Recall that …` wrap a claim, so they are left to the other checks.
 */
const IMPERATIVE_VERBS = new Set(
  'consider imagine compare contrast suppose picture assume look see refer read recall remember take let permit allow keep stop ask tell give think turn join'.split(' '),
);

function isImperative(view: SentenceView): boolean {
  const [first, second] = view.tokens;
  if (!IMPERATIVE_VERBS.has(first.lower)) return false;
  // `Look, …` and `See, …` are discourse markers in front of a claim.
  if (view.text.startsWith(`${first.text},`)) return false;
  // `Let me point out that …` / `Let me make it clear that …` introduce a claim.
  if (/^let (?:me|us) (?:\w+ )?(?:point out|make (?:it )?(?:very )?clear|say|remind|add|note|stress|repeat|tell)\b/.test(view.lower)) return false;
  // `Recall that`, `Note that`, `Remember that` introduce a claim.
  if (second?.lower === 'that') return false;
  // `Let me be clear: …` still introduces the speaker's point.
  if (first.lower === 'let' && view.text.includes(':')) return false;
  return true;
}
