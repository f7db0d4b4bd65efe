import type { BlockKind, SentenceClaim } from '../types.js';
import { scoreFacts } from './facts.js';
import { extractFeatures, type FeatureVector } from './features.js';
import { findHedges, type HedgeFinding } from './hedges.js';
import { isScheduledEvent } from '../forecasts.js';
import { findOtherReason } from './other.js';
import { scoreCues, TRAINED_WEIGHTS, type ClaimWeights } from './scorer.js';
import { stripQuotations, viewSentence, type SentenceView } from './sentence-view.js';
import { findReportedSpeech, hasAnalystFraming, isExplicitJudgment } from './speech.js';

/** Where the sentence stands (the same shape as `ClaimContext`). */
export interface ClaimPlace {
  block: BlockKind;
  section?: string;
  /** The sentence continues a quotation opened earlier in its paragraph. */
  insideQuotation?: boolean;
  /** Share of the paragraph's other sentences that are hedged. */
  hedgedNeighbours?: number;
}

/** A verdict with the reasons behind it, for hovers, debugging and the eval. */
export interface ClaimExplanation {
  claim: SentenceClaim;
  isJudgment: boolean;
  /** Factual score before the threshold (0 when a rule decided first). */
  factScore: number;
  reasons: string[];
}

/**
 * Log-odds above which a sentence is a fact. Slightly below even odds: an
 * unflagged fact costs an analyst more than a squiggle on a judgment they can
 * dismiss (chosen on the cross-validated figures; see the issue-10 note).
 */
const FACT_THRESHOLD = -0.3;
/**
 * The cues that can carry a fact: an event, a figure, a date, an act, what an
 * actor does, or someone's words. Names, superlatives and the shape of the
 * sentence raise the odds but never make a fact alone.
 */
const FACTUAL_CUES = new Set([
  'number', 'number word', 'date', 'past event', 'present perfect', 'agreement or formal act', "agreement's content",
  'change in quantity', 'comparison of quantities', 'figure', 'present-tense fact', 'quotation',
  'opens a quotation', 'closes a quotation', 'inside a quotation',
]);

/** The cues that tie a sentence to something that happened or was said; without them an evaluative verb decides. */
const EVENT_CUES = ['past event', 'present perfect', 'date', 'number', 'opens a quotation', 'closes a quotation', 'inside a quotation'];

/** In a key-judgments section, unhedged sentences are judgments unless clearly factual. */
const KEY_SECTION_MARGIN = 1.5;

/** The stage where rules decide nothing and the trained scorer weighs the cues. */
export interface UndecidedClaim {
  features: FeatureVector;
  keySection: boolean;
  /** Hedges found, for the explanation of a judgment. */
  hedges: readonly HedgeFinding[];
  /** The words behind the factual cues (`date` → `March 1, 2025`), for the explanation of a fact. */
  evidence: Map<string, string>;
}

/** `date: March 1, 2025`: a cue with the words that show it, when they are known. */
function withEvidence(cue: string, evidence: Map<string, string>): string {
  const words = evidence.get(cue);
  return words ? `${cue}: ${words}` : cue;
}

/**
 * Decides, in order: not a claim at all; the analyst's own framing; a third
 * party's reported words or a quotation; and finally the trained weighing of
 * every other cue (`scorer.ts`). The order encodes the contract: reported
 * speech is a fact even when what was said is hedged, and the analyst's
 * explicit judgments are never facts, whatever they mention.
 */
export function explainClaim(sentence: string, place: ClaimPlace, model: ClaimWeights = TRAINED_WEIGHTS): ClaimExplanation {
  const stage = decideByRules(sentence, place);
  if ('claim' in stage) return stage;
  const { score, forFact, againstFact } = scoreCues(stage.features, model);
  const threshold = stage.keySection ? KEY_SECTION_MARGIN : FACT_THRESHOLD;
  // Names alone never make a fact (`China faces a dilemma`): some event, figure,
  // date, act or someone's words in the sentence must point to one.
  if (score >= threshold && forFact.some((cue) => FACTUAL_CUES.has(cue))) return verdict('assertion', false, score, forFact.map((cue) => withEvidence(cue, stage.evidence)));
  const hedge = stage.hedges.find((h) => !h.weak) ?? stage.hedges[0];
  const why = hedge ? [`${hedge.kind}: ${hedge.text}`] : [];
  return verdict('judgment', stage.keySection, score, [...why, ...againstFact, 'too few factual signs']);
}

/** The rule path: a verdict when a rule settles it, else the cues for the scorer. */
export function decideByRules(sentence: string, place: ClaimPlace): ClaimExplanation | UndecidedClaim {
  const view = viewSentence(sentence);
  const otherReason = findOtherReason(view, place.block);
  if (otherReason) return verdict('other', false, 0, [otherReason]);
  const keySection = isKeyJudgmentSection(place.section) || KEY_LABEL.test(view.text);
  const bySpeaker = decideBySpeaker(view, keySection);
  if (bySpeaker) return bySpeaker;
  const hedges = findHedges(view);
  const byHedge = decideByHedge(view, hedges, place, keySection);
  if (byHedge) return byHedge;
  const attribution = PRESENT_ATTRIBUTION.exec(view.unquoted);
  if (attribution) return verdict('assertion', false, 0, [`attribution: ${attribution[0]}`]);
  // `The summit will be held in Geneva`: an announced schedule is somebody's fact (hedged ones returned earlier).
  const scheduled = hedges.some((h) => h.kind === 'forecast') ? SCHEDULED_MARKER.exec(view.lower) : null;
  if (scheduled && isScheduledEvent(view.text)) return verdict('assertion', false, 0, [`scheduled: ${scheduled[0]}`]);
  const facts = scoreFacts(view);
  const features = extractFeatures(view, facts, hedges, place);
  // `Deals that cede control undermine sovereignty`: a verb that passes judgment, with no event, date,
  // figure or quotation beside it, is the writer's evaluation whatever the nouns are.
  if (features.has('evaluative verb') && !EVENT_CUES.some((cue) => features.has(cue)) && !FIGURE.test(view.text)) {
    return verdict('judgment', keySection, 0, [`evaluation: ${facts.evidence.get('evaluative verb') ?? 'evaluative verb'}`]);
  }
  const figure = FIGURE.exec(view.text);
  if (figure) {
    features.set('figure', 1);
    facts.evidence.set('figure', figure[0]);
  }
  return { features, keySection, hedges, evidence: facts.evidence };
}

/** Who speaks: the analyst's framing is a judgment; a third party's words or a quotation a fact. */
function decideBySpeaker(view: SentenceView, keySection: boolean): ClaimExplanation | undefined {
  if (isExplicitJudgment(view)) return verdict('judgment', true, 0, ['explicit analytic judgment']);
  if (hasAnalystFraming(view)) return verdict('judgment', keySection, 0, ['first-person framing']);
  const reported = findReportedSpeech(view);
  if (reported) return verdict('assertion', false, 0, [`reported: ${reported}`]);
  const quotation = QUOTATION.exec(view.text);
  if (quotation) return verdict('assertion', false, 0, [`quotation: ${quotation[0]}`]);
  return undefined;
}

/** A likelihood term, a recommendation, a reading of the evidence or the writer's own forecast: a judgment. */
function decideByHedge(view: SentenceView, hedges: readonly HedgeFinding[], place: ClaimPlace, keySection: boolean): ClaimExplanation | undefined {
  // A likelihood term makes the claim the analyst's estimate, whatever else it mentions (ICD 203).
  const estimate = hedges.find((h) => h.kind === 'estimative' && !h.weak);
  if (estimate) return verdict('judgment', keySection, 0, [`estimative: ${estimate.text}`]);
  if (isRecommendation(view)) return verdict('judgment', keySection, 0, [`recommendation: ${view.tokens[0].text}`]);
  const opener = READING_OPENER.exec(view.lower) ?? INFERENCE.exec(view.unquoted);
  if (opener) return verdict('judgment', keySection, 0, [`interpretive: ${opener[0]}`]);
  const own = ownHedge(view, hedges, place);
  if (own) return verdict('judgment', keySection, 0, [`${own.kind}: ${own.text}`]);
  const unquoted = place.insideQuotation ? '' : view.unquoted;
  const may = OWN_MAY.exec(unquoted.replace(LEADING_PHRASE, ''));
  if (may && !FIGURE.test(view.text)) return verdict('judgment', keySection, 0, [`modal: ${may[1]}`]);
  const counterfactual = COUNTERFACTUAL.exec(unquoted);
  if (counterfactual && !FIGURE.test(view.text)) return verdict('judgment', keySection, 0, [`modal: ${counterfactual[1]}`]);
  const would = OWN_WOULD.exec(unquoted);
  if (would && !FIGURE.test(view.text) && !RELATIVE_BEFORE_MODAL.test(would[0])) return verdict('judgment', keySection, 0, [`modal: ${would[0].trim()}`]);
  return undefined;
}

/**
 * A forecast, modal, recommendation or evaluation in the writer's own words
 * (not inside quotation marks, not in a quoted run of sentences, not in a
 * relative clause) makes the sentence the writer's judgment, whatever it
 * mentions. A precise figure outweighs a forecast or a modal (`the plan
 * would cost $4 billion` states somebody's costing).
 */
function ownHedge(view: SentenceView, hedges: readonly HedgeFinding[], place: ClaimPlace): HedgeFinding | undefined {
  if (place.insideQuotation || /^"/.test(view.text)) return undefined;
  // Only a sentence with quotation marks needs its hedges found again without the quoted words.
  const outside = view.text.includes('"') ? findHedges(viewSentence(stripQuotations(view.text))) : hedges;
  const unquoted = outside.filter((h) => !h.weak && STRONG_KINDS.has(h.kind));
  const figure = FIGURE.test(view.text);
  // `The patch will be released on 12 May`: an announced schedule is a fact to source, not the writer's forecast.
  const scheduled = unquoted.some((h) => h.kind === 'forecast') && isScheduledEvent(view.text);
  return unquoted.find((h) => !(figure && SOFT_HEDGES.has(h.kind)) && !(scheduled && h.kind === 'forecast') && hedges.some((all) => all.kind === h.kind));
}

const STRONG_KINDS = new Set<HedgeFinding['kind']>(['forecast', 'recommendation', 'evaluation', 'reading']);
/** Hedges that a precise figure outweighs. */
const SOFT_HEDGES = new Set<HedgeFinding['kind']>(['forecast', 'modal', 'recommendation', 'reading']);

/** The words that announce a schedule, for the explanation (`isScheduledEvent` decides). */
const SCHEDULED_MARKER = /\b(?:will|shall|is set to|are set to|is due to|are due to|is scheduled to|are scheduled to|was scheduled to)\b(?: be)?(?: \w+)?/;

/** `The group is behind the attacks`: who did it is a checkable claim, in any tense (hedged ones returned earlier). */
const PRESENT_ATTRIBUTION = /\b(?:is|are|was|were) (?:responsible for|behind|the work of|linked to|tied to|attributed to|connected to)\b/;

/** `Patch the gateways first.`: an imperative addressed to the reader is a recommendation (ICD 203), not a fact. */
const RECOMMENDING_VERBS = new Set(
  'patch rotate block treat apply prioritise prioritize update upgrade disable enable restrict monitor audit ensure avoid deploy reset revoke isolate segment enforce install remove replace investigate verify adopt'.split(' '),
);

function isRecommendation(view: SentenceView): boolean {
  const first = view.tokens[0];
  return first !== undefined && RECOMMENDING_VERBS.has(first.lower) && !view.text.startsWith(`${first.text},`);
}

/**
 * `Relations would become more erratic`: `would` in the main clause is the
 * writer's scenario; narrative `would` (`would later announce`, `would then
 * try`) and reported `would` (`said it would`, `that would`) are not.
 */
const OWN_WOULD = /^(?:[^,;:"]*?\s)?(?:would|wouldn't)\s(?!(?:later|then|eventually|soon|go on|often|usually|typically|sometimes|not comment|have)\b)/;

/**
 * `The timing couldn't have been worse`, `the raid might have been a test`:
 * a counterfactual in the writer's main clause (not `would have to`, not
 * `could have a …`, which state obligations and possessions).
 */
const COUNTERFACTUAL = /^(?:[^,;:"]*?\s)?(?<!\b(?:that|which|who|whom|whose) )((?:could|couldn't|might|would|wouldn't)(?: not)? have) (?!to\b|a\b|an\b|the\b|no\b|some\b|any\b|its\b|their\b)[a-z]+/;

/** `a framework that would result in …`: a modal inside a relative clause describes content. */
const RELATIVE_BEFORE_MODAL = /\S\s+(?:that|which|who|whom|whose)\s(?:\w+\s){0,3}(?:would|wouldn't)\s$/;

/** `Most importantly, …`, `With a core of young voters, …`: an opening phrase before the subject. */
const LEADING_PHRASE = /^[^,;:"]{1,60}?,\s(?!(?:which|who|that)\b)/;

/** `Russia may attempt …`: `may`/`might` right after the subject is the writer's estimate. */
const OWN_MAY = /^(?:[a-z][\w'-]*\s){1,4}?(?<!\b(?:that|which|who|whom|in|of|since|until|by|early|late|mid|last|next|this|on) )(may|might)\s(?:well\s|also\s|not\s|yet\s|even\s)?[a-z]+/;

/** `It appears that …`, `This suggests …`: the writer's reading of the whole sentence. */
const READING_OPENER =
  /^(?:it (?:appears|seems|looks as if)|(?:this|that|which|these|such) (?:\w+ )?(?:suggests?|means|implies|imply|indicates?|shows? that|reflects?)|[a-z][\w' -]{0,40}? (?:appears|appear|seems|seem) to (?:have|be)\b(?! (?:been )?(?:hit|shot|killed|damaged|destroyed)))/;

/**
 * `Her appointments suggest that she will …`: a thing that suggests or
 * implies is the writer's inference (a person or a study that suggests was
 * reported speech, decided earlier).
 */
const INFERENCE = /\b(?:suggests?|implies|imply) that\b/;

/** Someone's words of three or more words: what was said is a fact that needs a source. */
const QUOTATION = /[“"]\S+(?:\s+[^”"\s]+){2,}[”"]/;

/**
 * A precise figure (money, a percentage, a number of a hundred or more) is
 * somebody's measurement: a forecast or a modal around it does not make it the
 * analyst's own estimate (`the plan would cost $4 billion`).
 */
const FIGURE = /[$€£¥]\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|[mbk]n?)\b)?|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s(?:thousand|million|billion|trillion)\b/i;

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
