import type { Sentence } from '../model/types.js';
import type { AssessmentRule } from './rule.js';

const minimumWords = 4;
const reportingVerb = /\b(?:said|says|say|stated|states|told|tells|added|adds|noted|notes|warned|warns|wrote|writes|declared|declares|argued|argues|contended|remarked|announced|announces|insisted|insists|claimed|claims|explained|described|called|asked|replied|according to)\b/i;

/** `Per the CISA advisory, …`, `In its report, the panel …`: attribution without a verb of saying. */
const ATTRIBUTING = /(?:^|[\s,(])[Pp]er (?:the |an? )?\p{Lu}|\b[Ii]n (?:its|their|his|her|a|the) (?:\p{L}+ ){0,2}(?:report|statement|advisory|filing|testimony|briefing|bulletin|letter|post)\b/u;

/** A quotation of four or more words with no citation and no named speaker. */
export const unattributedQuote: AssessmentRule = {
  code: 'unattributed-quote',
  scope: 'block',
  check({ model }) {
    return model.sentences
      .filter((s) => s.citations.length === 0 && !namesSpeaker(s))
      .flatMap((s) => s.quotes.filter((q) => q.wordCount >= minimumWords))
      .map((q) => ({
        code: 'unattributed-quote',
        message: `Unattributed quotation “${shorten(q.text)}”: name who said it and cite the source that contains it.`,
        span: q.span,
      }));
  },
};

/**
 * A speaker is named when the words outside the quotation hold a reporting verb
 * and a proper noun (`Secretary Blinken said`, `a Chinese spokesperson stated`).
 */
function namesSpeaker(sentence: Sentence): boolean {
  let outside = sentence.text;
  for (const quote of sentence.quotes) {
    const from = quote.span.start - sentence.span.start;
    outside = outside.slice(0, from) + ' '.repeat(quote.text.length) + outside.slice(from + quote.text.length);
  }
  if (!reportingVerb.test(outside) && !ATTRIBUTING.test(outside)) return false;
  const properNoun = /(?<=\S\s+)(?:[A-Z][\p{L}’'-]+)/u;
  const insideQuote = (start: number) => sentence.quotes.some((q) => start >= q.span.start && start < q.span.end);
  return properNoun.test(outside) || sentence.mentions.some((m) => !insideQuote(m.span.start));
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
