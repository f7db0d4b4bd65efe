import { BIG_NUMBER_WORDS, IRREGULAR_PAST, MONTHS, SMALL_NUMBER_WORDS, WEEKDAYS } from './lexicon.js';
import { isCapitalised, type Token } from './sentence-view.js';

/**
 * Counts the distinct names in a sentence. Names (`Beijing`, `the State
 * Department`, `NATO`) anchor a claim to something that can be checked.
 * Capitals inside the sentence are names; the first word is a name unless it
 * is a common word that happens to start the sentence.
 */
export function countNames(tokens: Token[]): number {
  let names = 0;
  tokens.forEach((t, i) => {
    if (!isCapitalised(t.text) || /^i(?:'\w+)?$/.test(t.lower)) return;
    if (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return;
    if (i === 0 && !isNameAtStart(t)) return;
    // Consecutive capitalised words are one name (`North Korea`, `State Department`).
    if (i > 0 && names > 0 && isCapitalised(tokens[i - 1].text)) return;
    names++;
  });
  return names;
}

/**
 * A capitalised first word is taken as a name (`Beijing has not commented`)
 * unless it is a function word, an adverb, a number, a plural common word, or
 * one of the words that commonly open sentences in analytic prose.
 */
function isNameAtStart(token: Token): boolean {
  const word = token.lower;
  if (/^[A-Z]{2,}$/.test(token.text) || /'s$/.test(word)) return true;
  if (COMMON_STARTERS.has(word) || word.length < 3) return false;
  if (SMALL_NUMBER_WORDS.has(word) || BIG_NUMBER_WORDS.has(word)) return false;
  // `Left with no options, …`, `Faced with …`: a participle opening the sentence.
  if (IRREGULAR_PAST.has(word) || /^[a-z]{3,}ed$/.test(word)) return false;
  return !/(?:ly|ers|ors|ists|ants|ents|ions|ies|ness|ment|ments|ity|ance|ence)$/.test(word);
}

const COMMON_STARTERS = new Set(
  `the a an this that these those there here it its they their them he she his her we our us you your
  i my one some many most much more few several both each every all any no none neither either such
  other another what which who whom whose when where why how whether if unless although though while
  because since as after before until once during despite given amid among between within without
  under over above below across along around against toward towards into onto from with by for of
  on in at to and but or nor yet so then thus hence still also even only just not now today tomorrow
  yesterday however moreover meanwhile nevertheless nonetheless instead indeed overall first second
  third finally later earlier again already perhaps maybe likely unlikely similarly likewise
  consequently accordingly otherwise rather absent beyond following according regardless besides
  let look note see consider take yes well oh ok okay thank thanks please and so-called
  scenario figure table chart map photo source turnout inflation growth defence defense
  security trade energy climate grain oil gas food health war peace taxes tax money debt
  satellite our government president prime secretary minister key bottom`.split(/\s+/),
);
