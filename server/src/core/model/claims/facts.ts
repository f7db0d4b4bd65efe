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
import { findPastTense } from './tense.js';

/** How strongly a sentence looks like a checkable fact, and why. */
export interface FactSignals {
  score: number;
  /** Whether it has a number, quantity or date: the strongest single sign. */
  hasQuantityOrDate: boolean;
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
  trend: 1,
  comparison: 1,
  evaluative: -1,
} as const;

/** Verbs that state what an agreement or law says (`the pact includes a clause …`). */
const AGREEMENT_CONTENT =
  /\b(?:includes?|contains?|commits?|obliges?|obligates?|requires?|provides? for|stipulates?|prohibits?|bans?|bars?|allows?|permits?|grants?|guarantees?|extends? to|expires?|covers?)\b/;

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
  const quantity = hasQuantity(view);
  const date = hasDate(view);
  if (quantity) add('number', WEIGHTS.quantity);
  else if (hasSmallNumberWord(view.tokens)) add('number word', WEIGHTS.smallNumber);
  if (date) add('date', WEIGHTS.date);
  const past = findPastTense(view.tokens);
  if (past === 'simple') add('past event', WEIGHTS.pastEvent);
  else if (past === 'perfect') add('present perfect', WEIGHTS.presentPerfect);
  addNameSigns(view.tokens, add);
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
  return { score, hasQuantityOrDate: quantity || date, reasons };
}

/** Digits (other than a lone list number) or `hundreds`, `million`, `percent`, `%`. */
function hasQuantity(view: SentenceView): boolean {
  const digits = view.tokens.some((t, i) => /^\d/.test(t.text) && !(i === 0 && /^\d\.?$/.test(t.text)));
  return digits || view.text.includes('%') || view.tokens.some((t) => numberParts(t).some((p) => BIG_NUMBER_WORDS.has(p)));
}

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

/** Month or weekday names (capitalised, so `may` and `march` the verbs do not count) and relative dates. */
function hasDate(view: SentenceView): boolean {
  const named = view.tokens.some((t, i) => {
    if (!isCapitalised(t.text)) return false;
    if (t.lower === 'may' || t.lower === 'march') return i > 0;
    return MONTHS.has(t.lower) || WEEKDAYS.has(t.lower);
  });
  return named || /\b(?:\w+ (?:years?|months?|weeks?|days?|decades?) ago|yesterday|last (?:week|month|year|spring|summer|autumn|fall|winter)|earlier this (?:week|month|year)|(?:in|since|until|by) (?:the )?(?:early |late |mid-)?(?:1[89]|20)\d0s|the (?:first|second|third|fourth) quarter)\b/.test(view.lower);
}

/**
 * Names (capitalised words after the first, or a first word that is clearly a
 * name: an acronym, a possessive, or the start of a multi-word name) anchor a
 * claim to something checkable.
 */
function addNameSigns(tokens: Token[], add: (reason: string, weight: number) => void): void {
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    if (!isCapitalised(t.text) || /^i(?:'\w+)?$/.test(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return;
    if (i === 0 && !isNameAtStart(tokens)) return;
    const previous = i > 0 ? tokens[i - 1] : undefined;
    // Consecutive capitalised words are one name (`North Korea`, `State Department`).
    if (previous && isCapitalised(previous.text) && names.size > 0) return;
    names.add(t.lower);
  });
  if (names.size >= 1) add('name', WEIGHTS.name);
  if (names.size >= 2) add('several names', WEIGHTS.extraName);
}

function isNameAtStart(tokens: Token[]): boolean {
  const first = tokens[0].text;
  if (/^[A-Z]{2,}$/.test(first) || /'s$/.test(first)) return true;
  return tokens.length > 1 && isCapitalised(tokens[1].text) && !/^i(?:'\w+)?$/.test(tokens[1].lower);
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
