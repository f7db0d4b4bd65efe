import { ADJECTIVE_CUES, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, NOT_PAST_ED } from './lexicon.js';
import type { Token } from './sentence-view.js';

/**
 * How a sentence places something in the past. The simple past narrates
 * events (`troops crossed the border`) and is strong evidence of a checkable
 * fact. The present perfect alone (`the threat has diminished`) as often
 * characterises a trend as it reports an event, so it counts for less.
 */
export type PastTense = 'simple' | 'perfect';

/** The strongest past-tense sign in the sentence and the index of its verb. */
export interface PastTenseFinding {
  kind: PastTense;
  verb: number;
}

/** Finds the strongest past-tense sign in the sentence, if any. */
export function findPastTense(tokens: Token[]): PastTenseFinding | undefined {
  let found: PastTenseFinding | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let kind = pastTenseAt(tokens, i);
    // `has diminished but not disappeared`: a coordinated participle shares
    // the auxiliary of the first one.
    if (kind === 'simple' && found?.kind === 'perfect' && isCoordinatedWith(tokens, i, found.verb)) kind = 'perfect';
    if (kind === 'simple') return { kind, verb: i };
    if (kind) found = { kind, verb: i };
  }
  return found;
}

function isCoordinatedWith(tokens: Token[], index: number, previousVerb: number): boolean {
  const between = tokens.slice(previousVerb + 1, index).map((t) => t.lower);
  return between.length <= 3 && between.some((w) => /^(?:and|but|or|nor)$/.test(w)) && between.every((w) => /^(?:and|but|or|nor|not|never|then|also|later)$/.test(w));
}

/** `did`/`didn't` + verb is the past tense of any verb (`Beijing did not respond`). */
const PAST_AUXILIARY = /^(?:did|didn't)$/;
const PERFECT = /^(?:has|have|had|hasn't|haven't|hadn't)$|'ve$/;
const PASSIVE_PAST = /^(?:was|were)$/;
/** `is disputed`, `remains committed`: a present state, not a past event. */
const PRESENT_STATE = /^(?:is|are|am|be|being|remain|remains|seem|seems|appear|appears|become|becomes|get|gets|look|looks|feel|feels)$/;
/** Adverbs that may stand between an auxiliary and its participle. */
const BETWEEN_AUXILIARY = /^(?:not|never|ever|already|also|just|since|recently|repeatedly|long|now|been|reportedly|publicly|quickly|first|later|then)$/;

function pastTenseAt(tokens: Token[], i: number): PastTense | undefined {
  const word = tokens[i].lower;
  // A finite verb needs a subject before it: `Left with no options, …` and
  // `Faced with …` open with a participle phrase, not an event.
  if (i === 0) return undefined;
  // `became significantly more complicated` characterises a change rather than narrating an event.
  if (CHANGE_COPULA.has(word) && isComparativeAhead(tokens, i)) return undefined;
  if (IRREGULAR_PAST.has(word) || PAST_AUXILIARY.test(word)) return pastOrNothing(auxiliaryBefore(tokens, i) ?? 'simple');
  if (BASE_FORM_PAST.has(word) && isPastOfBaseForm(tokens, i)) return 'simple';
  if (IRREGULAR_PARTICIPLES.has(word)) return pastOrNothing(auxiliaryBefore(tokens, i));
  // `has been fighting`: an activity that started in the past.
  if (word.endsWith('ing') && i > 1 && tokens[i - 1].lower === 'been' && PERFECT.test(tokens[i - 2].lower)) return 'perfect';
  // `well-qualified`, `cash-strapped`, `state-owned`: a hyphenated -ed word is an adjective.
  if (!/^[a-z]{2,}ed$/.test(word) || NOT_PAST_ED.has(word)) return undefined;
  const previous = i > 0 ? tokens[i - 1].lower : '';
  // `the increasingly tense talks` is an adjective; `have increasingly recognized` a verb.
  if (ADJECTIVE_CUES.has(previous) && !(previous.endsWith('ly') && auxiliaryBefore(tokens, i) !== undefined)) return undefined;
  return pastOrNothing(auxiliaryBefore(tokens, i) ?? 'simple');
}

const CHANGE_COPULA = new Set(['became', 'grew']);

function isComparativeAhead(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  const after = tokens[i + 2]?.lower;
  return /^(?:more|less|increasingly)$/.test(next ?? '') || (/ly$|^(?:much|far|ever|even)$/.test(next ?? '') && /^(?:more|less|increasingly)$/.test(after ?? ''));
}

/**
 * Verbs whose past equals their base (`set`, `cut`, `hit`). After a noun
 * subject they are past (the present would be `sets`, and a plural subject
 * doing it habitually is rare in this prose); after `to`, a modal, `did` or
 * a pronoun they are not.
 */
const BASE_FORM_PAST = new Set('set hit cut put shut spread split cast quit hurt beat bid cost'.split(' '));
const NOT_BEFORE_BASE_PAST =
  /^(?:to|will|would|can|could|may|might|must|should|shall|do|does|did|don't|doesn't|didn't|i|we|you|they|not|never|the|a|an|this|that|its|their|his|her|our|my|your)$|'ll$|'d$/;

function isPastOfBaseForm(tokens: Token[], index: number): boolean {
  if (index === 0) return false;
  const previous = tokens[index - 1].lower;
  if (NOT_BEFORE_BASE_PAST.test(previous) || auxiliaryBefore(tokens, index) !== undefined) return false;
  return /^[a-z]/.test(previous) || /[A-Za-z]/.test(tokens[index - 1].text);
}

function pastOrNothing(kind: PastTense | 'present' | undefined): PastTense | undefined {
  return kind === 'present' ? undefined : kind;
}

/**
 * Looks back over adverbs for the auxiliary: `has/have` make a present
 * perfect, `had` a past perfect (a narrated event), `was/were` a past passive,
 * `is/remains` a present state. Returns undefined when there is no auxiliary.
 */
function auxiliaryBefore(tokens: Token[], index: number): PastTense | 'present' | undefined {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const word = tokens[j].lower;
    if (/^(?:had|hadn't)$/.test(word) || PASSIVE_PAST.test(word)) return 'simple';
    if (PERFECT.test(word)) return 'perfect';
    if (PRESENT_STATE.test(word)) return 'present';
    if (!BETWEEN_AUXILIARY.test(word) && !/^[a-z]{3,}ly$/.test(word)) return undefined;
  }
  return undefined;
}
