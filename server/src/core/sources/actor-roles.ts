// What part a name plays in its sentence, read from the words around it: the
// subject the sentence is about, or a passing mention — part of another name
// (`South China Sea`, `Chinese President Xi`), a place something happened in
// (`attacks in Mali`), an adjective (`Chinese commentators`), or the owner of
// another named thing (`India's ruling BJP`). No parser: a few word-shape
// tests that the card eval weighs (see `actor-sentences.ts`).

/** How a mention sits in its sentence. */
export interface MentionRole {
  /** The opening noun phrase of the main clause (after an introductory phrase, if any). */
  subject: boolean;
  /** Joined to other capitalised words into a longer name. */
  inName: boolean;
  /** After a preposition of place (`in`, `near`, `across` …). */
  locative: boolean;
  /** After `of`: something else's attribute (`the capital of Mali`). */
  genitive: boolean;
  /** A demonym used as an adjective (`Chinese experts`, `Russian aggression`). */
  adjective: boolean;
  /** A possessive owning another name (`India's ruling BJP`). */
  ownsName: boolean;
  /** Inside a quotation. */
  quoted: boolean;
}

/** Words before the name that still leave it the subject (`The BJP`, `In 2021, China`). */
const SUBJECT_WORDS = 2;
const OPENING_PHRASE_WORDS = 8;
/** Words opening a subordinate clause: a name inside it is not the main clause's subject (`Because China's conduct …, X`). */
const SUBORDINATORS = new Set(['because', 'since', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'as', 'when', 'whether', 'after', 'before', 'until', 'once']);
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'around', 'throughout', 'within', 'inside', 'outside', 'into', 'toward', 'towards', 'via', 'across']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Capitalised words that open a sentence or phrase without being part of a name. */
const OPENERS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'and', 'but', 'yet', 'for', 'as', 'since', 'while', 'when', 'after', 'before', 'then', 'thus', 'so', 'if', 'by', 'with', 'from', 'of', 'to', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'even', 'despite', 'unlike', 'like', 'although', 'though', 'meanwhile', 'moreover', 'however', 'also', 'both', 'all', 'some', 'many', 'most']);
/** Endings of demonyms (`Chinese`, `Russian`, `Omani`, `Philippine`, `Turkish`). */
const DEMONYM = /(?:an|ese|ine|ish|i|ic)$/;

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}]+)*/gu;

/** Words in a stretch of text. */
const words = (text: string) => text.match(WORD) ?? [];

const isCapitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);

/** The role of the name matched at `[start, end)` of `sentence`; `primary` is the actor's own name. */
export function mentionRole(sentence: string, start: number, end: number, primary: string): MentionRole {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const wordsBefore = words(before);
  const previous = wordsBefore.at(-1);
  const next = words(after)[0];
  const matched = sentence.slice(start, end);
  const possessive = /['’]s?$/.test(matched);
  const bare = matched.replace(/['’]s?$/, '');
  const openingPhrase = /,\s*$/.test(before) && wordsBefore.length <= OPENING_PHRASE_WORDS;
  const joinedBefore = /[\p{L}.][-–]$|\p{Lu}[\p{L}.]*\s$/u.test(before) && isCapitalised(previous) && !OPENERS.has(previous!.toLowerCase()) && wordsBefore.length > 1;
  const joinedAfter = /^(?:[-–]|\s)\p{Lu}/u.test(after) && !possessive && isCapitalised(next) && !OPENERS.has(next!.toLowerCase());
  const prepositionAt = ARTICLES.has(previous?.toLowerCase() ?? '') ? wordsBefore.at(-2) : previous;
  const inSubordinate = SUBORDINATORS.has(words(sentence)[0]?.toLowerCase() ?? '') && !/,/.test(before);
  return {
    subject: (wordsBefore.length <= SUBJECT_WORDS || openingPhrase) && !inSubordinate,
    inName: joinedBefore || joinedAfter,
    locative: LOCATIVE.has(prepositionAt?.toLowerCase() ?? ''),
    genitive: prepositionAt?.toLowerCase() === 'of',
    adjective: !possessive && bare !== primary && DEMONYM.test(bare) && /^\s+\p{Ll}/u.test(after),
    ownsName: possessive && /^\s+(?:\p{Ll}+\s+){0,3}\p{Lu}/u.test(after),
    quoted: insideQuotation(before),
  };
}

/** Whether the sentence opens with a capitalised name (`Peru's President …`, `Nicholas Eftimiades …`): its subject, when it is not the actor. */
export function opensWithName(sentence: string): boolean {
  const first = words(sentence.replace(/^[\s“"‘'(]+/, ''))[0];
  return isCapitalised(first) && !OPENERS.has(first!.toLowerCase());
}

/** Whether an opening quotation mark before this point is still open. */
function insideQuotation(before: string): boolean {
  const opened = (before.match(/[“]/g) ?? []).length + Math.floor((before.match(/"/g) ?? []).length % 2);
  const closed = (before.match(/[”]/g) ?? []).length;
  return opened > closed;
}
