import type { BlockKind, SentenceClaim } from '../types.js';
import { scoreFacts } from './facts.js';
import { findHedges } from './hedges.js';
import { findOtherReason } from './other.js';
import { viewSentence } from './sentence-view.js';
import { findReportedSpeech, hasAnalystFraming, isExplicitJudgment } from './speech.js';

/** Where the sentence stands (the same shape as `ClaimContext`). */
export interface ClaimPlace {
  block: BlockKind;
  section?: string;
}

/** A verdict with the reasons behind it, for hovers, debugging and the eval. */
export interface ClaimExplanation {
  claim: SentenceClaim;
  isJudgment: boolean;
  /** Factual score before the threshold (0 when a rule decided first). */
  factScore: number;
  reasons: string[];
}

/** Facts must reach this score to be an assertion. */
const ASSERTION_THRESHOLD = 2;
/** In a key-judgments section, unhedged sentences are judgments unless clearly factual. */
const KEY_SECTION_THRESHOLD = 3;
/** Above this, a modal inside a relative clause describes the fact rather than hedging it. */
const STRONG_FACT_SCORE = 3.5;

/**
 * Decides, in order: not a claim at all; the analyst's own framing; a third
 * party's reported words; a hedge, forecast or evaluation; and finally the
 * weight of factual signs against a threshold. The order encodes the
 * contract: reported speech is a fact even when what was said is hedged, and
 * a hedged claim is the analyst's even when it mentions a dated event.
 */
export function explainClaim(sentence: string, place: ClaimPlace): ClaimExplanation {
  const view = viewSentence(sentence);
  const otherReason = findOtherReason(view, place.block);
  if (otherReason) return verdict('other', false, 0, [otherReason]);
  const keySection = isKeyJudgmentSection(place.section) || KEY_LABEL.test(view.text);
  if (isExplicitJudgment(view)) return verdict('judgment', true, 0, ['explicit analytic judgment']);
  if (hasAnalystFraming(view)) return verdict('judgment', keySection, 0, ['first-person framing']);
  const reported = findReportedSpeech(view);
  if (reported) return verdict('assertion', false, 0, [`reported: ${reported}`]);
  const quotation = QUOTATION.exec(view.text);
  if (quotation) return verdict('assertion', false, 0, [`quotation: ${quotation[0]}`]);
  const facts = scoreFacts(view);
  const hedges = findHedges(view);
  const figure = FIGURE.exec(view.text);
  if (figure && hedges.every((h) => SOFT_HEDGES.has(h.kind))) {
    return verdict('assertion', false, facts.score, [`figure: ${figure[0]}`, ...hedges.map((h) => `despite ${h.kind}: ${h.text}`)]);
  }
  const strong = hedges.find((h) => !h.weak);
  if (strong) return verdict('judgment', keySection, facts.score, [`${strong.kind}: ${strong.text}`]);
  const weak = hedges.find((h) => h.weak);
  if (weak && facts.score < STRONG_FACT_SCORE) {
    return verdict('judgment', keySection, facts.score, [`${weak.kind} in a clause: ${weak.text}`]);
  }
  const threshold = keySection ? KEY_SECTION_THRESHOLD : ASSERTION_THRESHOLD;
  if (facts.score >= threshold) return verdict('assertion', false, facts.score, facts.reasons);
  return verdict('judgment', keySection, facts.score, [...facts.reasons, 'too few factual signs']);
}

/** Someone's words of three or more words: what was said is a fact that needs a source. */
const QUOTATION = /[“"]\S+(?:\s+[^”"\s]+){2,}[”"]/;

/**
 * A precise figure (money, a percentage, a number of a hundred or more) is
 * somebody's measurement: a forecast or a modal around it does not make it the
 * analyst's own estimate (`the plan would cost $4 billion`).
 */
const FIGURE = /[$€£¥]\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|[mbk]n?)\b)?|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s(?:thousand|million|billion|trillion)\b/i;

/** Hedges that a precise figure outweighs; estimative terms and evaluations are never outweighed. */
const SOFT_HEDGES = new Set(['forecast', 'modal', 'recommendation']);

/** Headings under which unhedged sentences are still the analyst's judgments. */
const KEY_SECTION = /\b(?:key\s+(?:judge?ments?|assessments?|findings?)|bottom\s+line|bluf|summary\s+of\s+(?:key\s+)?judge?ments?|judge?ments?)\b/i;

/** A sentence labelled in line: `Key judgment: …`, `BLUF: …`, `Bottom line: …`. */
const KEY_LABEL = /^\W*(?:key\s+judge?ment|bluf|bottom\s+line)[^:]{0,20}:/i;

/** Whether the section heading announces key judgments or a bottom line. */
export function isKeyJudgmentSection(section: string | undefined): boolean {
  return section !== undefined && KEY_SECTION.test(section);
}

function verdict(claim: SentenceClaim, isJudgment: boolean, factScore: number, reasons: string[]): ClaimExplanation {
  return { claim, isJudgment, factScore, reasons };
}
