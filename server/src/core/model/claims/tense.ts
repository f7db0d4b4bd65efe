import { ADJECTIVE_CUES, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, NOT_PAST_ED } from './lexicon.js';
import type { Token } from './sentence-view.js';

/**
 * How a sentence places something in the past. The simple past narrates
 * events (`troops crossed the border`) and is strong evidence of a checkable
 * fact. The present perfect alone (`the threat has diminished`) as often
 * characterises a trend as it reports an event, so it counts for less.
 */
export type PastTense = 'simple' | 'perfect';

/** Finds the strongest past-tense sign in the sentence, if any. */
export function findPastTense(tokens: Token[]): PastTense | undefined {
  let found: PastTense | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const kind = pastTenseAt(tokens, i);
    if (kind === 'simple') return 'simple';
    if (kind) found = kind;
  }
  return found;
}

/** `did`/`didn't` + verb is the past tense of any verb (`Beijing did not respond`). */
const PAST_AUXILIARY = /^(?:did|didn't)$/;
const PERFECT = /^(?:has|have|had|hasn't|haven't|hadn't)$|'ve$/;
const PASSIVE_PAST = /^(?:was|were)$/;
/** Adverbs that may stand between an auxiliary and its participle. */
const BETWEEN_AUXILIARY = /^(?:not|never|ever|already|also|just|since|recently|repeatedly|long|now|been|reportedly|publicly|quickly|first|later|then)$/;

function pastTenseAt(tokens: Token[], i: number): PastTense | undefined {
  const word = tokens[i].lower;
  if (IRREGULAR_PAST.has(word) || PAST_AUXILIARY.test(word)) return auxiliaryBefore(tokens, i) ?? 'simple';
  if (IRREGULAR_PARTICIPLES.has(word)) return auxiliaryBefore(tokens, i);
  // `has been fighting`: an activity that started in the past.
  if (word.endsWith('ing') && i > 1 && tokens[i - 1].lower === 'been' && PERFECT.test(tokens[i - 2].lower)) return 'perfect';
  if (!/^[a-z][a-z-]{2,}ed$/.test(word) || NOT_PAST_ED.has(word)) return undefined;
  const previous = i > 0 ? tokens[i - 1].lower : '';
  if (ADJECTIVE_CUES.has(previous)) return undefined;
  return auxiliaryBefore(tokens, i) ?? 'simple';
}

/**
 * Looks back over adverbs for the auxiliary: `has/have` make a present
 * perfect, `had` a past perfect (a narrated event), `was/were` a past passive.
 * Returns undefined when there is no auxiliary.
 */
function auxiliaryBefore(tokens: Token[], index: number): PastTense | undefined {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const word = tokens[j].lower;
    if (/^(?:had|hadn't)$/.test(word) || PASSIVE_PAST.test(word)) return 'simple';
    if (PERFECT.test(word)) return 'perfect';
    if (!BETWEEN_AUXILIARY.test(word)) return undefined;
  }
  return undefined;
}
