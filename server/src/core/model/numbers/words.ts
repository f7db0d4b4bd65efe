import { PERCENT } from './digits.js';
import { SCALES, type RawMention } from './raw.js';

/*
 * Spelled-out numbers. Plain `one`…`nine` are everywhere in prose (`one key
 * area`, `two independent states`), so a spelled number counts only when it
 * is at least ten, carries a scale word (`ten`, `twelve`, `two million`,
 * `a thousand`) or is a percentage (`eight percent`). Ordinals (`first`,
 * `twelfth`) are not in the tables, so they are never read.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A word (hyphenated compounds kept whole) with its offsets and its place among all the text's words. */
interface Word {
  text: string;
  start: number;
  end: number;
  ordinal: number;
}

/** Whether the kept word after `words[i]` is also the text's next word. */
const nextIsAdjacent = (words: Word[], i: number): boolean => i + 1 < words.length && words[i + 1].ordinal === words[i].ordinal + 1;

const WORD = /\p{L}+(?:-\p{L}+)*/gu;

// Own keys only: `part in UNITS` also holds for `constructor` or `toString`,
// which made "the constructor" a number (its value a function's source).
const isUnit = (part: string): boolean => Object.hasOwn(UNITS, part);
const isScale = (part: string): boolean => Object.hasOwn(SCALES, part);

/** True when every hyphen part of a word is a number word. */
function isNumberWord(word: string): boolean {
  return word.split('-').every((part) => isUnit(part) || isScale(part));
}

/** The value of a run of number words, e.g. `two hundred and twenty-five` → 225. */
function runValue(words: string[]): { value: number; scaled: boolean } {
  let total = 0;
  let current = 0;
  let scaled = false;
  for (const part of words.flatMap((w) => w.split('-'))) {
    if (part === 'a' || part === 'and') continue;
    if (isUnit(part)) current += UNITS[part];
    else if (part === 'hundred') current = (current || 1) * 100;
    else {
      total += (current || 1) * 10 ** SCALES[part];
      current = 0;
    }
    if (isScale(part)) scaled = true;
  }
  return { value: total + current, scaled };
}

/** Whether `words[i]` may continue the run that ends with `words[i - 1]`. */
function continuesRun(text: string, words: Word[], i: number): boolean {
  if (!/^[\s\u00a0]+$/.test(text.slice(words[i - 1].end, words[i].start))) return false;
  const word = words[i].text;
  if (isNumberWord(word)) return true;
  // `two hundred and five`: `and` only between a scale word and another number word.
  const prev = words[i - 1].text;
  return word === 'and' && isScale(prev) && nextIsAdjacent(words, i) && isNumberWord(words[i + 1].text);
}

/** Whether a run may start at `words[i]` (`a` only right before a scale word: `a million`). */
function startsRun(words: Word[], i: number): boolean {
  if (isNumberWord(words[i].text)) return true;
  return words[i].text === 'a' && nextIsAdjacent(words, i) && isScale(words[i + 1].text);
}

/** Which spelled numbers count. */
export interface WordNumberOptions {
  /**
   * Also `two`…`nine` (not a lone `one`: `one of the`, `one another`, `no
   * one`). Verification wants them (`five` in the assessment, `5` in the
   * source); counting figures does not.
   */
  small?: boolean;
}

/** Turns one run of words into a mention, or undefined when it is too small to count. */
function runMention(text: string, run: Word[], options: WordNumberOptions): RawMention | undefined {
  while (run.length > 0 && run[run.length - 1].text === 'and') run.pop();
  if (run.length === 0) return undefined;
  const { value, scaled } = runValue(run.map((w) => w.text));
  const start = run[0].start;
  const end = run[run.length - 1].end;
  // `eight percent` is always a quantity, however small the number.
  const percent = PERCENT.exec(text.slice(end, end + 12));
  if (percent) return { kind: 'percent', value: `${value}%`, start, end: end + percent[0].length };
  if (value < 10 && !scaled && !(options.small && value > 1)) return undefined;
  return { kind: 'number', value: String(value), start, end };
}

// Every run holds a word whose first hyphen part is a unit or scale word: a
// text without one standing alone (`ten`, `twenty-five`, not `often` or
// `tension`) is passed over unread. The plain alternation is asked first: it
// runs several times faster than the one that checks the letters around.
const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(SCALES)].join('|');
const ANY_NUMBER_LETTERS = new RegExp(NUMBER_WORDS, 'i');
const ANY_NUMBER_WORD = new RegExp(`(?<!\\p{L})(?:${NUMBER_WORDS})(?!\\p{L})`, 'iu');

/** Every spelled-out number that counts, in text order. */
export function findWordNumbers(text: string, options: WordNumberOptions = {}): RawMention[] {
  if (!ANY_NUMBER_LETTERS.test(text) || !ANY_NUMBER_WORD.test(text)) return [];
  // Only the words a run can be made of are kept (most words are not): a
  // run's words follow one another with nothing but spaces between, which
  // continuesRun checks on the text, and the look-aheads after `a` and `and`
  // ask for the text's next word by its ordinal.
  const words: Word[] = [];
  let ordinal = 0;
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (lower === 'a' || lower === 'and' || isNumberWord(lower)) words.push({ text: lower, start: m.index!, end: m.index! + m[0].length, ordinal });
    ordinal++;
  }
  const out: RawMention[] = [];
  for (let i = 0; i < words.length; ) {
    if (!startsRun(words, i)) { i++; continue; }
    const run = [words[i++]];
    while (i < words.length && continuesRun(text, words, i)) run.push(words[i++]);
    const mention = runMention(text, run, options);
    if (mention) out.push(mention);
  }
  return out;
}
