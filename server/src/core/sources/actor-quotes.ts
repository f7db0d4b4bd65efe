// What an actor itself said: quotations in a source sentence whose speaker is
// the actor — named just before a verb of saying that introduces the quote
// (`the ministry said the ties were “…”`), just after the quote (`“…,” said
// Blinken`), or as `in X's words` / `according to X`.
import { SPEECH_VERBS } from '../model/claims/lexicon.js';
import { findQuotations } from '../model/quotes.js';

/** A quotation attributed to the actor, as written in the source. */
export interface AttributedQuote {
  text: string;
}

/** The fewest words a quotation needs to say something (`“robust”` alone does not). */
const MIN_QUOTE_WORDS = 3;
/** Words allowed between the speaker and the verb of saying (`spokesperson`, `Secretary of State`). */
const SPEAKER_TO_VERB = 4;
/** Words allowed between the verb of saying and the quotation (`that the relationship is`). */
const VERB_TO_QUOTE = 10;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const words = (text: string) => text.match(WORD) ?? [];

/** Words that start another noun phrase: after one, the speaker is someone else (`Russia, the spokesperson said`). */
const NEW_PHRASE = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'who', 'which', 'that', 'its', 'their', 'his', 'her']);

/** Whether the words from a speaker to a quotation read as the speaker introducing it. */
function introduces(between: string): boolean {
  const list = words(between).map((w) => w.toLowerCase());
  const verb = list.findIndex((w) => SPEECH_VERBS.has(w));
  if (verb < 0 || verb > SPEAKER_TO_VERB || list.length - verb - 1 > VERB_TO_QUOTE) return false;
  // From the name to its verb: one noun phrase (`foreign ministry spokesperson`), no comma, no new phrase.
  // An appositive name (`the minister, Ana Ruiz, said`) may stand alone between commas.
  const toVerb = between.slice(0, between.toLowerCase().indexOf(list[verb]));
  if (verb === 0) return /^\s*,?\s*$/.test(toVerb);
  return !/[,;.:()]/.test(toVerb) && !list.slice(0, verb).some((w) => NEW_PHRASE.has(w));
}

/**
 * Whether the words after a quotation credit the speaker named at `mention`:
 * `,” said X`, `,” X said`, `, according to X`, `, in X’s words`.
 */
function creditsAfter(between: string, mention: string, tail: string): boolean {
  const lead = words(between).map((w) => w.toLowerCase());
  if (lead.length <= 2 && lead.some((w) => SPEECH_VERBS.has(w))) return true;
  if (lead.length === 0 && words(tail).slice(0, 2).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return true;
  if (/\baccording to\s+(?:\p{L}+\s+){0,3}$/iu.test(between)) return true;
  return /\bin\s+(?:\p{L}+\s+){0,2}$/iu.test(between) && /['’]s?$/.test(mention) && /^\s*words\b/.test(tail);
}

/** The quotations of `sentence` spoken by the actor whose names `names` matches. */
export function quotesBy(sentence: string, names: RegExp): AttributedQuote[] {
  const mentions = [...sentence.matchAll(names)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (mentions.length === 0) return [];
  const out: AttributedQuote[] = [];
  for (const quote of findQuotations(sentence, 0)) {
    if (quote.wordCount < MIN_QUOTE_WORDS) continue;
    const open = quote.span.start - 1;
    const close = quote.span.end + 1;
    const before = mentions.some((m) => m.end <= open && introduces(sentence.slice(m.end, open)));
    const after = mentions.some((m) => m.start >= close && m.start - close < 60 && creditsAfter(sentence.slice(close, m.start), sentence.slice(m.start, m.end), sentence.slice(m.end)));
    if (before || after) out.push({ text: quote.text.trim() });
  }
  return out;
}
