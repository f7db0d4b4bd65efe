import type { SentenceView } from './sentence-view.js';

/**
 * Signs that a sentence carries the analyst's own estimate, forecast,
 * interpretation or recommendation rather than a plain fact.
 */
export interface HedgeFinding {
  /** `reading`: the writer restating what something amounts to (`in effect`, `marks a shift`). */
  kind: 'estimative' | 'interpretive' | 'reading' | 'forecast' | 'conditional' | 'modal' | 'recommendation' | 'evaluation';
  /** The words that triggered it, for explanations. */
  text: string;
  /**
   * A modal inside a relative clause (`a treaty that would oblige …`) often
   * describes the content of a fact rather than hedging it, so it only counts
   * when the sentence has little else to stand on.
   */
  weak: boolean;
}

// A sentence's hedges are found when its paragraph is read and again when it
// is classified, on the same view: they are kept with the view while it lives.
const hedgesOfView = new WeakMap<SentenceView, readonly HedgeFinding[]>();

/** Finds every hedge, forecast and evaluation frame in the sentence. */
export function findHedges(view: SentenceView): readonly HedgeFinding[] {
  let found = hedgesOfView.get(view);
  if (!found) hedgesOfView.set(view, (found = [...findPhraseHedges(view.lower), ...findModals(view)]));
  return found;
}

/**
 * Phrases of likelihood (ICD 203 and PHIA terms and their everyday cousins),
 * appearance, interpretation and weighing. Each is a fixed phrase, so a
 * regular expression over the lower-cased sentence is enough.
 */
const PHRASES: Array<[HedgeFinding['kind'], RegExp]> = [
  ['estimative', /\b(?:(?:very |highly )?(?:un)?likely|probabl[ey]|improbabl[ey]|possibly|perhaps|maybe|almost certain(?:ly)?|nearly certain(?:ly)?|(?:almost |nearly )?surely|(?:remote|realistic|even|good|strong|slim) (?:chance|possibility|odds)|conceivabl[ey]|presumabl[ey]|apparently|potentially|plausibl[ey]|doubtless|in all likelihood|odds are|it(?: i|')s (?:\w+ )?(?:possible|conceivable|plausible)|all but (?:certain|guaranteed|inevitable)|there is a (?:\w+ )?(?:chance|possibility|likelihood|probability|risk)|a chance that|may well|might well)\b/g],
  ['interpretive', /\b(?:appears?|appeared to|seems?|seemed|looks? (?:like|set|increasingly|unlikely|likely)|suggests?|implies|imply|signals? that|reflects?|underscores?|points? to|amounts? to|is best (?:understood|seen|explained|described|read)|(?:is|are) consistent with|taken together|this means|which means|is a sign|testament to|is designed to|risks? \w+ing)\b/g],
  ['reading', /\b(?:in effect|in essence|in other words|in short|the upshot|marks? (?:an? |the )?(?:\w+ )?(?:shift|departure|turning point|break|watershed|escalation|reversal|new (?:era|phase|chapter)))\b/g],
  ['forecast', /(?:\b(?:is|are|am) |'re |'s |'m )(?:expected|set|poised|bound|due|on track|likely|unlikely|going) to\b|\b(?:stands? to|will|won't|shall|gonna)\b|'ll\b/g],
  ['conditional', /^(?:if|unless|absent|assuming|provided that|in the event|should \w+ (?:\w+ )?(?:decide|choose|fail|succeed|collapse))\b/g],
  ['recommendation', /\b(?:should|shouldn't|ought to|needs? to|must|has to|have to|(?:have|has|'ve|'s) got to|gotta|it is (?:essential|imperative|vital|time|necessary))\b/g],
  ['evaluation', /\b(?:the (?:more |most |real |central |key |bigger |larger |crucial |critical |fundamental |underlying |main |first )?(?:question|issue|point|problem|test|risk|danger|challenge|lesson|concern|irony) (?:is|was|will|remains|here)|it (?:is|was|remains|would be) (?:a mistake|an error|unclear|uncertain|too early|too soon|hard|difficult|impossible|easy|surprising|striking|notable|worth|telling|remarkable|ironic|clear|obvious|doubtful|questionable)|remains to be seen|(?:much|everything|a lot|it all|all) depends on|there is (?:little|no) (?:doubt|reason|sign|evidence)|at stake|on balance|in (?:our|my) (?:view|opinion))\b/g],
];

/**
 * One finding per kind: the first in a main clause, else the first in a
 * relative clause (`the budget, which she will present in May, will test …`
 * is the writer's forecast through its second `will`).
 */
function findPhraseHedges(lower: string): HedgeFinding[] {
  const found: HedgeFinding[] = [];
  for (const [kind, pattern] of PHRASES) {
    let weakOne: HedgeFinding | undefined;
    let strongOne: HedgeFinding | undefined;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
      if (isFalseFriend(kind, match[0], lower, match.index)) continue;
      const weak = isInRelativeClause(lower, match.index) && kind !== 'estimative';
      if (!weak) {
        strongOne = { kind, text: match[0], weak };
        break;
      }
      weakOne ??= { kind, text: match[0], weak };
    }
    const finding = strongOne ?? weakOne;
    if (finding) found.push(finding);
  }
  return found;
}

/**
 * Words that look like hedges but are nouns or fixed expressions:
 * `political will`, `the will of`, `must-have`, `will` after `free`.
 */
function isFalseFriend(kind: HedgeFinding['kind'], text: string, lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 12), at);
  if (text === 'will' && /\b(?:political|the|free|good|ill|his|her|their|its|of|popular|people's)\s$/.test(before)) return true;
  if (text === 'will' && /^will of\b/.test(lower.slice(at))) return true;
  if (text === 'must' && /\ba\s$/.test(before)) return true;
  // `to suggest`, `to reflect`: an infinitive names an act, it does not interpret.
  if (kind === 'interpretive' && /\bto\s$/.test(before)) return true;
  return false;
}

/** Whether the phrase opens a relative or complement clause (`that would`, `which could`). */
function isInRelativeClause(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 48), at);
  // `a treaty that would`, `a timeline on which any of the parties must`.
  // A pronoun opening the sentence (`That would seem …`) is a demonstrative, not a relative.
  return /\S\s+(?:that|which|who|whom|where|whose|when)\s(?:\w+\s){0,4}$/.test(before) || (at > 48 && /^(?:that|which|who|whom|where|whose|when)\s(?:\w+\s){0,4}$/.test(before));
}

/** Modal verbs in the token stream, with the noun senses (`military might`, `in May`) left out. */
function findModals(view: SentenceView): HedgeFinding[] {
  const found: HedgeFinding[] = [];
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].lower;
    if (word !== 'may' && word !== 'might' && !PAST_MODALS.has(word)) continue;
    const previous = i > 0 ? tokens[i - 1].lower : '';
    const next = i + 1 < tokens.length ? tokens[i + 1].lower : '';
    // `That would seem …`: a pronoun opening the sentence is a demonstrative, not a relative.
    const inClause = isRelative(i > 1 ? previous : '', i > 2 ? tokens[i - 2].lower : '');
    if (word === 'may' && isModalMay(tokens[i].text, i, previous, next)) {
      found.push({ kind: 'modal', text: 'may', weak: inClause });
    } else if (word === 'might' && !/^(?:military|economic|naval|its|the|of|with|all|full)$/.test(previous)) {
      found.push({ kind: 'modal', text: 'might', weak: inClause });
    } else if (PAST_MODALS.has(word)) {
      found.push({ kind: 'modal', text: word, weak: isWeakPastModal(word, next, inClause) });
    }
  }
  return found;
}

const PAST_MODALS = new Set(['could', "couldn't", 'would', "wouldn't", "'d"]);

/** `May` with a capital after the first word, or before a number, is the month. */
function isModalMay(written: string, index: number, previous: string, next: string): boolean {
  if (/^\d/.test(next) || /^(?:in|of|since|until|by|early|late|mid|last|next|this|on)$/.test(previous)) return false;
  return !(written === 'May' && index > 0);
}

/**
 * A modal that opens a subordinate clause — right after a relative pronoun
 * (`a treaty that would oblige`) or one word after a complementiser or `so`
 * of purpose (`told him that we would not`, `so he could walk`).
 */
function isRelative(previous: string, beforePrevious = ''): boolean {
  return CLAUSE_OPENER.test(previous) || CLAUSE_OPENER.test(beforePrevious);
}

const CLAUSE_OPENER = /^(?:that|which|who|whom|where|whose|whether|so|because)$/;

/**
 * `could not` reports a past inability (`officials could not confirm`) and a
 * modal right after a relative pronoun describes content; both are weak.
 * `would have` / `could have` are counterfactuals and stay strong.
 */
function isWeakPastModal(word: string, next: string, inClause: boolean): boolean {
  if (next === 'have') return false;
  if (word.startsWith('could') && (next === 'not' || word === "couldn't")) return true;
  return inClause;
}
