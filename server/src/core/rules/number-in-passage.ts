import { extractNumbers } from '../model/numbers.js';
import type { NumberMention, Sentence } from '../model/types.js';
import type { SourceIndex, SourceParagraph } from '../sources/types.js';

/** What a cited paragraph says in place of a figure it does not contain. */
export interface PassageFigure {
  sourceKey: string;
  paragraph: number;
  /** The source's figure as written (`10,000`), for the quick fix. */
  figure: string;
  /** The figure with its hedge and noun (`more than 10,000 troops`), for the message. */
  phrase: string;
}

/**
 * The figure of the same kind in the paragraph the sentence cites that is
 * closest in value to the analyst's; only the cited paragraphs are read, so
 * the message never offers a number from elsewhere in the source.
 */
export function figureInCitedPassage(sentence: Sentence, number: NumberMention, keys: string[], indexes: SourceIndex[]): PassageFigure | undefined {
  let best: (PassageFigure & { distance: number }) | undefined;
  // `seven ships` is answered by `5 ships` before `six months`: a figure counting the same thing comes first.
  const counted = nounAfter(sentence.text, number.span.end - sentence.span.start);
  keys.forEach((key, i) => {
    for (const citation of sentence.citations) {
      if (citation.key !== key || citation.paragraph === undefined) continue;
      const paragraph = indexes[i].paragraphs.find((p) => p.number === citation.paragraph);
      if (!paragraph) continue;
      for (const candidate of numbersOf(paragraph)) {
        if (!sameShape(candidate, number)) continue;
        const sameNoun = counted !== undefined && nounAfter(paragraph.text, candidate.span.end) === counted;
        const distance = valueDistance(number.value, candidate.value) + (sameNoun ? 0 : SAME_NOUN_BONUS);
        if (best && best.distance <= distance) continue;
        best = { sourceKey: key, paragraph: paragraph.number, figure: candidate.text, phrase: phraseAround(paragraph.text, candidate), distance };
      }
    }
  });
  return best && { sourceKey: best.sourceKey, paragraph: best.paragraph, figure: best.figure, phrase: best.phrase };
}

/** A source paragraph's figures, found once: every check of every wrong figure that cites it asks again. */
const paragraphNumbers = new WeakMap<SourceParagraph, NumberMention[]>();

function numbersOf(paragraph: SourceParagraph): NumberMention[] {
  let found = paragraphNumbers.get(paragraph);
  if (!found) paragraphNumbers.set(paragraph, (found = extractNumbers(paragraph.text, 0, { small: true })));
  return found;
}

/** How much farther in value a figure of another noun must be before it is offered (log scale: all but everything). */
const SAME_NOUN_BONUS = 100;

/** The word right after a figure, singular and lower-cased (`ships` → `ship`), if it is a word. */
function nounAfter(text: string, end: number): string | undefined {
  const word = /^\s+([\p{L}-]{3,})/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  return word?.replace(/(?:es|s)$/, '');
}

/** Same kind, and for dates the same precision (a day is never offered for a month). */
function sameShape(a: NumberMention, b: NumberMention): boolean {
  const precision = (m: NumberMention) => (/^\d{4}-\d\d$/.test(m.value) ? 'month' : 'day');
  return a.kind === b.kind && (a.kind !== 'date' || precision(a) === precision(b));
}

function valueDistance(a: string, b: string): number {
  const x = Number.parseFloat(a);
  const y = Number.parseFloat(b);
  return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(Math.log((Math.abs(x) + 1) / (Math.abs(y) + 1))) : a === b ? 0 : 1;
}

/** `more than 10,000 troops`: a hedge before, and up to two words after that are not function words. */
function phraseAround(text: string, mention: NumberMention): string {
  const before = /(?:(?:more|fewer|less) than|at least|at most|up to|about|around|nearly|almost|roughly|some|over|under|some)\s+$/i.exec(text.slice(Math.max(0, mention.span.start - 20), mention.span.start));
  const after = /^(?:\s+[\p{L}-]+){0,2}/u.exec(text.slice(mention.span.end, mention.span.end + 40))?.[0] ?? '';
  const noun = after.replace(/(?:\s+(?:to|in|of|on|at|by|for|from|and|or|the|a|an|that|which|with|as|was|were|is|are|had|have|has))+$/i, '').replace(/^(\s+(?:to|in|of|on|at|by|for|from|and|or|the|a|an|that|which|with|as|was|were|is|are|had|have|has))\b.*$/i, '');
  return `${before?.[0] ?? ''}${mention.text}${noun}`.replace(/\s+/g, ' ').trim();
}
