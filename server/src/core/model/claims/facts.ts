import {
  AGREEMENT_NOUNS,
  BIG_NUMBER_WORDS,
  EVALUATIVE_WORDS,
  MONTHS,
  RECORD_WORDS,
  SMALL_NUMBER_WORDS,
  TREND_WORDS,
  WEEKDAYS,
} from './lexicon.js';
import { isCapitalised, type SentenceView, type Token } from './sentence-view.js';
import { countNames } from './names.js';
import { findPastTense } from './tense.js';

/** How strongly a sentence looks like a checkable fact, and why. */
export interface FactSignals {
  score: number;
  reasons: string[];
}

/**
 * Weights of each sign. A number or a date alone reaches the assertion
 * threshold (2); a name needs an event verb or an agreement beside it, so that
 * `China faces a dilemma` stays an interpretation while `China signed a
 * treaty` is a fact. Evaluative words pull the other way.
 */
const WEIGHTS = {
  quantity: 2,
  smallNumber: 1,
  date: 2,
  pastEvent: 2,
  presentPerfect: 1.5,
  name: 1,
  extraName: 0.5,
  agreement: 1,
  quotation: 1,
  record: 1,
  trend: 2,
  comparison: 1,
  evaluative: -1,
} as const;

/** Verbs that state what an agreement or law says (`the pact includes a clause …`). */
const AGREEMENT_CONTENT =
  /\b(?:includes?|contains?|commits?|obliges?|obligates?|requires?|provides? for|stipulates?|prohibits?|bans?|bars?|allows?|permits?|grants?|guarantees?|extends? to|expires?|covers?|lays? out|sets? out|spells? out|outlines?|proposes?|calls? for)\b/;

/** `more … than`, `fewer than`, `twice as many`: comparisons of amounts can be checked. */
const COMPARISON =
  /\b(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger|cheaper|faster|slower)\b(?: \S+){0,4} than\b|\b(?:twice|three times|half) as (?:many|much|large|high)\b/;

/** Scores the factual signs of a sentence. */
export function scoreFacts(view: SentenceView): FactSignals {
  const reasons: string[] = [];
  let score = 0;
  const add = (reason: string, weight: number): void => {
    reasons.push(reason);
    score += weight;
  };
  if (hasQuantity(view)) add('number', WEIGHTS.quantity);
  else if (hasSmallNumberWord(view.tokens)) add('number word', WEIGHTS.smallNumber);
  if (hasDate(view)) add('date', WEIGHTS.date);
  const past = findPastTense(view.tokens);
  if (past === 'simple') add('past event', WEIGHTS.pastEvent);
  else if (past === 'perfect') add('present perfect', WEIGHTS.presentPerfect);
  const names = countNames(view.tokens);
  if (names >= 1) add('name', WEIGHTS.name);
  if (names >= 2) add('several names', WEIGHTS.extraName);
  if (view.tokens.some((t) => AGREEMENT_NOUNS.has(t.lower))) {
    add('agreement or formal act', WEIGHTS.agreement);
    if (AGREEMENT_CONTENT.test(view.lower)) add("agreement's content", WEIGHTS.agreement);
  }
  if (/"[^"]+"/.test(view.text)) add('quotation', WEIGHTS.quotation);
  if (hasRecord(view)) add('record or superlative', WEIGHTS.record);
  if (view.tokens.some((t) => TREND_WORDS.has(t.lower))) add('change in quantity', WEIGHTS.trend);
  if (COMPARISON.test(view.lower)) add('comparison of quantities', WEIGHTS.comparison);
  const evaluative = view.tokens.filter((t, i) => isEvaluative(t, i, view.tokens[i + 1])).length;
  if (evaluative > 0) add('evaluative wording', WEIGHTS.evaluative * Math.min(evaluative, 2));
  return { score, reasons };
}

/**
 * Digits (other than a lone list number or a decade: `the 1990s`) or
 * `million`, `percent`, `%`. Vague plurals (`millions of`, `thousands of`)
 * are how judgments speak of scale, not measurements.
 */
function hasQuantity(view: SentenceView): boolean {
  const digits = view.tokens.some((t, i) => /^\d/.test(t.text) && !/^\d{4}s$/.test(t.text) && !(i === 0 && /^\d\.?$/.test(t.text)));
  return digits || view.text.includes('%') || view.tokens.some((t) => numberParts(t).some((p) => BIG_NUMBER_WORDS.has(p) && !VAGUE_PLURALS.has(p)));
}

const VAGUE_PLURALS = new Set(['hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens']);

function hasSmallNumberWord(tokens: Token[]): boolean {
  return tokens.some((t) => numberParts(t).some((p) => SMALL_NUMBER_WORDS.has(p)));
}

/** `two-thirds`, `one-quarter`: a proportion, as good as a percentage. */
const FRACTION = /^(?:one|two|three|four|nine)-(?:thirds?|quarters?|fourths?|fifths?|tenths?)$/;

/** `two-thirds` → `two`, `thirds`: hyphenated numbers are read word by word. */
function numberParts(token: Token): string[] {
  if (FRACTION.test(token.lower)) return ['percent'];
  return token.lower.includes('-') ? token.lower.split('-').map((p) => p.replace(/s$/, '')) : [token.lower];
}

/**
 * Dates without digits: `three years ago`, `since the coup` (an event used as
 * a point in time), `last week`, `in the 1990s`, `the second quarter`.
 */
const RELATIVE_DATE = new RegExp(
  [
    String.raw`\w+ (?:years?|months?|weeks?|days?|decades?) ago`,
    String.raw`(?:since|after|before|during|following) the (?:coup|invasion|war|elections?|attacks?|summit|visit|ceasefire|cease-fire|deal|agreement|talks|referendum|uprising|revolution|offensive|withdrawal|pandemic|collapse|fall|start|beginning|end|outbreak)`,
    String.raw`yesterday|last (?:week|month|year|spring|summer|autumn|fall|winter)|earlier this (?:week|month|year)`,
    String.raw`(?:in|since|until|by) (?:the )?(?:early |late |mid-)?(?:1[89]|20)\d0s|the (?:first|second|third|fourth) quarter`,
  ]
    .map((part) => String.raw`\b(?:${part})\b`)
    .join('|'),
);

/** Month or weekday names (capitalised, so `may` and `march` the verbs do not count) and relative dates. */
function hasDate(view: SentenceView): boolean {
  const named = view.tokens.some((t, i) => {
    if (!isCapitalised(t.text)) return false;
    if (t.lower === 'may' || t.lower === 'march') return i > 0;
    return MONTHS.has(t.lower) || WEEKDAYS.has(t.lower);
  });
  return named || RELATIVE_DATE.test(view.lower);
}

/** Evaluative words, except inside names (`Great Britain`) and fixed amounts (`a great many`). */
function isEvaluative(token: Token, index: number, next: Token | undefined): boolean {
  if (!EVALUATIVE_WORDS.has(token.lower) || (index > 0 && isCapitalised(token.text))) return false;
  return !(token.lower === 'great' && /^(?:many|deal|power|powers|number)$/.test(next?.lower ?? ''));
}

/** `the poorest`, `its most advanced`, `Russia's largest` (minus look-alikes: `the rest`, `the latest`). */
const SUPERLATIVE =
  /(?:\bthe|\bits|\btheir|'s) (?!(?:rest|west|interest|interests|test|tests|request|requests|protest|protests|contest|forest|harvest|latest|honest|modest|manifest|best|worst)\b)(?:[a-z]{2,}est|most [a-z]+)\b/;

/** `the largest`, `for the first time`, `a record`, `ever`, `since 1995`. */
function hasRecord(view: SentenceView): boolean {
  if (/\b(?:ever|for the first time|on record|in history|since (?:1[89]|20)\d\d)\b/.test(view.lower)) return true;
  if (SUPERLATIVE.test(view.lower)) return true;
  return view.tokens.some((t, i) => {
    if (t.lower === 'record' || t.lower === 'unprecedented') return true;
    if (!RECORD_WORDS.has(t.lower) || t.lower === 'first') return false;
    return i > 0 && /^(?:the|its|their|his|her)$|'s$/.test(view.tokens[i - 1].lower);
  });
}
