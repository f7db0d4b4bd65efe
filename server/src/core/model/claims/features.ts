import type { FactSignals } from './facts.js';
import type { HedgeFinding } from './hedges.js';
import { stripQuotations, type SentenceView } from './sentence-view.js';

/**
 * The named, explainable cues the trained scorer weighs (`claims/scorer.ts`).
 * Every cue is something an editor could point at in the sentence; the names
 * double as the reasons shown in messages and hovers, so the fact signals keep
 * the names `scoreFacts` gives them (`date`, `number`, `past event`).
 */
export type FeatureVector = Map<string, number>;

/** Where the sentence stands inside its paragraph's quotations. */
export interface QuoteContext {
  /** The sentence continues a quotation opened in an earlier sentence of the paragraph. */
  insideQuotation?: boolean;
  /** Share of the paragraph's other sentences that are hedged. */
  hedgedNeighbours?: number;
}

/**
 * Present-tense statements of what an actor does, owns or is made of:
 * checkable without a date. After an article, a possessive or a preposition
 * the verb forms are nouns (`levels of control`, `their own`, `the funds`).
 */
const PRESENT_FACT =
  /\b(?<!\b(?:the|a|an|of|its|their|his|her|our|my|your|own|on|in|under|for|with|by|from|and) )(?:pays?|paid|owns?|operates?|runs|hosts?|produces?|supplies|supply|employs?|controls?|funds?|finances?|uses|relies on|depends on)\b|\b(?:is (?:made up|composed) of|consists? of|continues to \w+|(?:is|are) (?:forced|coerced|held|detained|required|obliged|barred|banned|allowed|permitted|made) (?:to|into|in|at)|(?:is|are|was|were) (?:responsible for|behind|the work of|linked to|tied to|connected to|affiliated with|part of)|has (?:a|an|the) (?:policy|stake|share|contract|licen[cs]e)|have (?:policies|stakes|contracts))\b/;

/** Verbs that pass judgment on something in the generic present (`undermines`, `threatens`). */
const EVALUATIVE_PRESENT =
  /\b(?:undermines?|threatens?|erodes?|weakens?|strengthens?|masks?|punishes?|rewards?|betrays?|exposes?|reveals?|illustrates?|demonstrates?|highlights?|shows? (?:that|how|why)|leaves? (?:\w+ ){1,3}(?:unable|vulnerable|exposed)|lacks?|fails? to|matters?|is (?:clear|evident|obvious|unclear|doubtful|striking|telling|notable|worth)|makes? (?:sense|little sense|no sense))\b/;

/** `is expensive`, `are potent`, `is insufficient`: the writer's evaluation in the present (no tagger needed). */
const COPULA_ADJECTIVE =
  /\b(?:is|are|isn't|aren't|remains?|seems?|becomes?|looks?)(?: not)?(?: (?:very|so|too|highly|more|most|less|increasingly|deeply|particularly|especially|all the|far|much|no|an?|the))* (?:[a-z]+(?:ive|ous|ful|ble|ic|ical|ant|ent|less|ary|ory|ish)|clear|easy|hard|difficult|good|bad|right|wrong|true|false|real|key|vital|crucial|urgent|simple|complex|unclear|potent|weak|strong|fine|safe|risky|big|huge|small|short|high|low|distinct|sure|ready|unlikely|likely)\b(?! (?:to|by|in|on|at|for|with|from)\b)/;

/** `became significantly more complicated`, `grew ever less certain`: the writer characterising a change. */
const EVALUATED_CHANGE = /\b(?:became|become|becomes|becoming|grew|grown|grows) (?:\w+ )?(?:more|less|increasingly) [a-z]+/;

/** `will`, `shall`, `is going to` in the writer's own words (a speaker's are inside the marks). */
const OWN_FORECAST = /\b(?:will|shall|won't)\b|'ll\b|\b(?:is|are) (?:set|going|poised|bound) to\b/;

/** The writer addressing the reader or describing the article (`you can`, `below`, `this article`). */
const SIGNPOST = /\b(?:you can|you will|below|above|this (?:article|piece|report|section|chart|map|table|story|investigation))\b/;

/**
 * The nouns of weighing (`implications`, `prospects`, `scenarios`, `risks`,
 * `a test of`): a sentence built on them is the writer's analysis of what may
 * follow, not a report of what happened.
 */
const ANALYTIC_NOUN =
  /\b(?:implications?|prospects?|outlook|scenarios?|dilemmas?|incentives?|challenges?|opportunit(?:y|ies)|risks?|(?:a|an|the) (?:\w+ )?test (?:of|for))\b/;

/** First-person plural outside quotations: the authors speaking (`US` in capitals is the country). */
const AUTHOR_VOICE = /\b(?:we|our|us)\b/i;
const COUNTRY_US = /\bU\.?S\b\.?/g;

/** Builds the vector from the signals already computed for the rule path. */
export function extractFeatures(view: SentenceView, facts: FactSignals, hedges: readonly HedgeFinding[], quotes: QuoteContext = {}): FeatureVector {
  const features: FeatureVector = new Map();
  const set = (name: string, value = 1): void => {
    if (value !== 0) features.set(name, (features.get(name) ?? 0) + value);
  };
  for (const reason of facts.reasons) set(reason);
  for (const hedge of hedges) set(`${hedge.weak ? 'weak ' : ''}${hedge.kind}`);
  const unquoted = view.unquoted;
  const unquotedText = view.text.includes('"') ? stripQuotations(view.text) : view.text;
  if (OWN_FORECAST.test(unquoted)) set('forecast outside quotation marks');
  const present = PRESENT_FACT.exec(unquoted);
  if (present) {
    set('present-tense fact');
    facts.evidence.set('present-tense fact', view.text.slice(present.index, present.index + present[0].length));
  }
  const evaluative = EVALUATIVE_PRESENT.exec(unquoted);
  if (evaluative) {
    set('evaluative verb');
    facts.evidence.set('evaluative verb', view.text.slice(evaluative.index, evaluative.index + evaluative[0].length));
  }
  if (COPULA_ADJECTIVE.test(unquoted) || EVALUATED_CHANGE.test(unquoted)) set('present evaluation');
  if (/^(?:there (?:is|are)|there's|it is|it's)\b/.test(unquoted)) set('there is / it is');
  if (SIGNPOST.test(unquoted)) set('signpost');
  if (ANALYTIC_NOUN.test(unquoted)) set('analytic noun');
  if (AUTHOR_VOICE.test(unquotedText.replace(COUNTRY_US, ' '))) set('first person');
  addQuotationCues(view.text, quotes, set);
  addShapeCues(view, set);
  set('hedged paragraph', quotes.hedgedNeighbours ?? 0);
  return features;
}

/** `“AI can be …` opens a quotation that runs on; `… sustainability.”` closes one: both are someone's words. */
function addQuotationCues(text: string, quotes: QuoteContext, set: (name: string) => void): void {
  const marks = text.match(/"/g)?.length ?? 0;
  if (marks % 2 === 1 && text.startsWith('"')) set('opens a quotation');
  else if (marks % 2 === 1 && /"[)\]]*$/.test(text)) set('closes a quotation');
  else if (quotes.insideQuotation) set('inside a quotation');
}

function addShapeCues(view: SentenceView, set: (name: string) => void): void {
  const first = view.tokens[0]?.lower ?? '';
  if (/^(?:this|that|these|it|such)$/.test(first)) set('opens with a pronoun');
  if (/^(?:but|and|yet|so|still|however|nonetheless|indeed|instead)$/.test(first)) set('opens with a connective');
  if (view.tokens.length <= 8) set('short sentence');
  if (/[:;]|--| - /.test(view.text)) set('colon or dash');
}
