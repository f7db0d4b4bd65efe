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
import { isCapitalised, wordsBetween, type SentenceView, type Token } from './sentence-view.js';
import { countNames } from './names.js';
import { findPastTense } from './tense.js';

/** How strongly a sentence looks like a checkable fact, and why. */
export interface FactSignals {
  score: number;
  reasons: string[];
  /** The words behind a reason, for messages (`date` → `March 1, 2025`). */
  evidence: Map<string, string>;
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
/** Scores the factual signs of a sentence. */
export function scoreFacts(view: SentenceView): FactSignals {
  const reasons: string[] = [];
  let score = 0;
  const add = (reason: string, weight: number): void => {
    reasons.push(reason);
    score += weight;
  };
  const evidence = new Map<string, string>();
  const words = readWords(view);
  const dateSpan = words.namedDateAt >= 0 ? dateAround(view, words.namedDateAt) : undefined;
  if (words.quantity) {
    add('number', WEIGHTS.quantity);
    // The first figure that is not the day or year of the date.
    const at = words.quantityAt.find((i) => !dateSpan || i < dateSpan[0] || i > dateSpan[1]);
    if (at !== undefined) evidence.set('number', numberWords(view, at));
  } else if (words.smallNumber) add('number word', WEIGHTS.smallNumber);
  const relative = !dateSpan && words.relativeDate ? RELATIVE_DATE.exec(view.lower) : null;
  if (dateSpan || relative) {
    add('date', WEIGHTS.date);
    evidence.set('date', dateSpan ? wordsBetween(view, dateSpan[0], dateSpan[1]) : view.text.slice(relative!.index, relative!.index + relative![0].length));
  }
  const past = findPastTense(view.tokens);
  if (past) {
    const reason = past.kind === 'simple' ? 'past event' : 'present perfect';
    add(reason, past.kind === 'simple' ? WEIGHTS.pastEvent : WEIGHTS.presentPerfect);
    evidence.set(reason, verbWords(view, past.verb));
  }
  const names = countNames(view.tokens);
  if (names >= 1) add('name', WEIGHTS.name);
  if (names >= 2) add('several names', WEIGHTS.extraName);
  if (words.agreementAt >= 0) {
    add('agreement or formal act', WEIGHTS.agreement);
    evidence.set('agreement or formal act', view.tokens[words.agreementAt].text);
    if (AGREEMENT_CONTENT.test(view.lower)) add("agreement's content", WEIGHTS.agreement);
  }
  if (view.text.includes('"')) {
    // One or two words in quotation marks (`the "swarm" dynamics`) are a scare quote, not someone's words.
    if (/"\S+(?:\s+[^"\s]+){2,}"/.test(view.text)) add('quotation', WEIGHTS.quotation);
    else if (/"[^"]+"/.test(view.text)) add('scare quote', 0);
  }
  if (words.record || hasRecord(view)) add('record or superlative', WEIGHTS.record);
  if (words.trend) add('change in quantity', WEIGHTS.trend);
  if (words.than && COMPARISON.test(view.lower)) add('comparison of quantities', WEIGHTS.comparison);
  if (words.evaluative > 0) add('evaluative wording', WEIGHTS.evaluative * Math.min(words.evaluative, 2));
  return { score, reasons, evidence };
}

/** `$4 billion`, `14`, `30%`: the first figure, with its currency and magnitude. */
function numberWords(view: SentenceView, at: number): string {
  const next = view.tokens[at + 1];
  const to = next && BIG_NUMBER_WORDS.has(next.lower) ? at + 1 : at;
  const words = wordsBetween(view, at, to);
  const before = view.text[view.tokens[at].start - 1] ?? '';
  return /[$€£¥]/.test(before) ? before + words : words;
}

/** `March 1, 2025`, `1 March 2025`, `Tuesday`: the month or day name with the numbers around it, as token indices. */
function dateAround(view: SentenceView, at: number): [number, number] {
  const isDigits = (i: number) => /^\d/.test(view.tokens[i]?.text ?? '');
  const from = isDigits(at - 1) ? at - 1 : at;
  let to = at;
  while (to < at + 2 && isDigits(to + 1)) to++;
  return [from, to];
}

/** `crossed`, `had begun`, `has cut`, `had already withdrawn`: the verb with its auxiliary. */
function verbWords(view: SentenceView, verb: number): string {
  const tokens = view.tokens;
  if (AUXILIARIES.has(tokens[verb].lower)) {
    // The sign was the auxiliary itself: show the verb it carries.
    let to = verb + 1;
    while (to < tokens.length - 1 && /^(?:not|never|already|also|just|since|then|[a-z]{3,}ly)$/.test(tokens[to].lower)) to++;
    return wordsBetween(view, verb, Math.min(to, tokens.length - 1));
  }
  const previous = tokens[verb - 1]?.lower ?? '';
  return wordsBetween(view, AUXILIARIES.has(previous) ? verb - 1 : verb, verb);
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'did', "hasn't", "haven't", "hadn't", "didn't", "wasn't", "weren't"]);

/** What one pass over the words finds; the regular expressions above run only where it says they can match. */
interface WordSigns {
  /** Digits (not a decade or a lone list number), `%`, or a big number word (`million`). */
  quantity: boolean;
  /** The words that make `quantity`, in order (none for a bare `%`). */
  quantityAt: number[];
  smallNumber: boolean;
  /** The first month or weekday name, or -1. */
  namedDateAt: number;
  /** A word every relative date holds (`ago`, `since`, `last`, `quarter`, a decade). */
  relativeDate: boolean;
  /** The first noun naming an agreement or formal act, or -1. */
  agreementAt: number;
  /** `record`, `unprecedented`, or a record word after a determiner (`the largest`, `its only`). */
  record: boolean;
  trend: boolean;
  /** `than` or `as`: a comparison of quantities may follow. */
  than: boolean;
  evaluative: number;
}

function readWords(view: SentenceView): WordSigns {
  const tokens = view.tokens;
  const signs: WordSigns = {
    quantity: view.text.includes('%'),
    quantityAt: [],
    smallNumber: false,
    namedDateAt: -1,
    relativeDate: view.lower.includes('0s'),
    agreementAt: -1,
    record: false,
    trend: false,
    than: false,
    evaluative: 0,
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.lower;
    const first = token.text.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      // Digits count, except a decade (`the 1990s`) or a lone list number opening the sentence.
      if (!/^\d{4}s$/.test(token.text) && !(i === 0 && /^\d\.?$/.test(token.text))) {
        signs.quantity = true;
        signs.quantityAt.push(i);
      }
      continue;
    }
    const counted = signs.quantity;
    readNumberWord(lower, signs);
    if (signs.quantity && !counted) signs.quantityAt.push(i);
    if (signs.namedDateAt < 0 && isNamedDate(token, i)) signs.namedDateAt = i;
    if (RELATIVE_DATE_WORDS.has(lower)) signs.relativeDate = true;
    if (signs.agreementAt < 0 && AGREEMENT_NOUNS.has(lower)) signs.agreementAt = i;
    if (TREND_WORDS.has(lower)) signs.trend = true;
    if (lower === 'than' || lower === 'as') signs.than = true;
    if (!signs.record && isRecordWord(tokens, i)) signs.record = true;
    if (isEvaluative(token, i, tokens[i + 1])) signs.evaluative++;
  }
  return signs;
}

/** `million` and `percent` count like digits, `two` and `half` as small numbers; hyphenated ones word by word. */
function readNumberWord(lower: string, signs: WordSigns): void {
  if (!lower.includes('-')) {
    if (BIG_NUMBER_WORDS.has(lower) && !VAGUE_PLURALS.has(lower)) signs.quantity = true;
    else if (SMALL_NUMBER_WORDS.has(lower)) signs.smallNumber = true;
    return;
  }
  // `two-thirds`, `one-quarter`: a proportion, as good as a percentage.
  if (FRACTION.test(lower)) signs.quantity = true;
  for (const part of lower.split('-')) {
    const word = part.replace(/s$/, '');
    if (BIG_NUMBER_WORDS.has(word) && !VAGUE_PLURALS.has(word)) signs.quantity = true;
    else if (SMALL_NUMBER_WORDS.has(word)) signs.smallNumber = true;
  }
}

/** Vague plurals (`millions of`, `thousands of`) are how judgments speak of scale, not measurements. */
const VAGUE_PLURALS = new Set(['hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens']);

const FRACTION = /^(?:one|two|three|four|nine)-(?:thirds?|quarters?|fourths?|fifths?|tenths?)$/;


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

/** Words every relative date above contains (decades are found by their `0s`). */
const RELATIVE_DATE_WORDS = new Set(['ago', 'since', 'after', 'before', 'during', 'following', 'yesterday', 'last', 'earlier', 'quarter']);

/** Month or weekday names, capitalised, so `may` and `march` the verbs do not count (nor `May` opening a sentence). */
function isNamedDate(token: Token, index: number): boolean {
  if (!isCapitalised(token.text)) return false;
  if (token.lower === 'may' || token.lower === 'march') return index > 0;
  return MONTHS.has(token.lower) || WEEKDAYS.has(token.lower);
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

/** `ever`, `for the first time`, `since 1995`, `the poorest`, `its most advanced`. */
function hasRecord(view: SentenceView): boolean {
  const lower = view.lower;
  if (/\b(?:ever|for the first time|on record|in history|since (?:1[89]|20)\d\d)\b/.test(lower)) return true;
  return (lower.includes('est') || lower.includes('most ')) && SUPERLATIVE.test(lower);
}

/** `record`, `unprecedented`, or a record word after a determiner (`the largest`, `its only`). */
function isRecordWord(tokens: Token[], i: number): boolean {
  const lower = tokens[i].lower;
  if (lower === 'record' || lower === 'unprecedented') return true;
  if (!RECORD_WORDS.has(lower) || lower === 'first') return false;
  return i > 0 && /^(?:the|its|their|his|her)$|'s$/.test(tokens[i - 1].lower);
}
