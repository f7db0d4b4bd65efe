import {
  BELIEF_VERBS,
  FINDING_VERBS,
  HUMAN_SUBJECTS,
  NOT_REPORTING_SUBJECTS,
  SPEECH_VERBS,
  SUBJECT_SKIP,
} from './lexicon.js';
import { isCapitalised, stripQuotations, viewSentence, type SentenceView, type Token } from './sentence-view.js';

/**
 * Who is speaking: the analyst (`we assess`, `in our view`) or a third party
 * (`officials said`, `according to the ministry`). The analyst's own framing
 * makes a judgment; a third party's words make a fact about what was said.
 */

/**
 * The explicit analytic judgments that ICD 203 asks to carry a confidence
 * level: `we assess/judge/estimate/believe`, `in our assessment`, `our
 * judgment`, a stated confidence level, or the Intelligence Community's own
 * `assesses`.
 */
const EXPLICIT_JUDGMENT = new RegExp(
  [
    String.raw`\bwe (?:also |still |now |further |therefore |continue to |do not |don't |cannot |can't |now |thus )?(?:assess|judge|estimate|believe|conclude)\b`,
    String.raw`\bi (?:also |still |now |therefore )?(?:assess|judge|estimate|conclude)\b`,
    String.raw`\bin our (?:assessment|judgment|judgement|estimation|estimate)\b`,
    String.raw`\bour (?:assessment|judgment|judgement|estimate)\b`,
    String.raw`\bit is our (?:assessment|judgment|judgement|view)\b`,
    String.raw`\bwe have (?:high|moderate|low) confidence\b`,
    String.raw`\bwith (?:high|moderate|low) confidence\b`,
    String.raw`\bthe (?:ic|intelligence community) (?:assesses|judges|estimates)\b`,
  ].join('|'),
);

/** Other first-person framing: the writer's opinion, but not a formal judgment. */
const ANALYST_FRAMING = new RegExp(
  [
    String.raw`\b(?:we|i) (?:also |still |now |do not |don't |cannot |can't |would |can |have (?:long |always |often )?)?(?:think|thought|expect|expected|suspect|doubt|anticipate|argue|argued|contend|conclude|concluded|consider|suggest|see no|would argue|feel|reckon|predict|predicted|forecast|believed)\b`,
    String.raw`\bin (?:our|my) (?:view|opinion)\b`,
    String.raw`^as (?:predicted|mentioned|noted|argued|expected|discussed|shown|described|explained)\b`,
    String.raw`\b(?:we|i) (?:see|find|have found) (?:little|no|every|good|some) (?:reason|evidence|sign)\b`,
    String.raw`\bthis (?:paper|report|analysis|assessment|brief|article|study|memo) (?:argues|assesses|judges|concludes|contends|finds|suggests)\b`,
    String.raw`\bi believe\b`,
  ].join('|'),
);

/** Whether the sentence is an explicit analytic judgment (`we assess`, `in our judgment`). */
export function isExplicitJudgment(view: SentenceView): boolean {
  return mayBeExplicit(view) && EXPLICIT_JUDGMENT.test(view.lower);
}

/** Every explicit judgment has a first-person word, `confidence` or the Intelligence Community in it. */
function mayBeExplicit(view: SentenceView): boolean {
  return view.tokens.some((t) => FIRST_PERSON.has(t.lower)) || view.lower.includes('confidence') || /\b(?:ic|intelligence community)\b/.test(view.lower);
}

const FIRST_PERSON = new Set(['we', 'i', 'our', 'my']);

/** Whether the writer frames the sentence as their own view (`we assess`, `I think`). */
export function hasAnalystFraming(view: SentenceView): boolean {
  // A speaker's `I think` inside quotation marks is theirs, not the writer's.
  const unquoted = view.unquoted;
  if (!mayBeExplicit(view) && !unquoted.startsWith('as ') && !unquoted.includes('this ')) return false;
  return EXPLICIT_JUDGMENT.test(unquoted) || ANALYST_FRAMING.test(unquoted);
}

/**
 * Attribution markers that need no subject analysis: `per the advisory`, `in
 * its report, X …`, `according to`,
 * `reportedly`, `is said to`, `in the words of`, `as X put it`, `told
 * reporters`, `in a statement`.
 */
const ATTRIBUTION =
  /(?:^|, )per (?:the |an? )?\w+(?: \w+)?|\bin (?:its|their|his|her|a|the) (?:\w+ ){0,2}(?:report|statement|advisory|filing|testimony|briefing|bulletin|assessment|letter|post),|\bin the (?:view|opinion|words|estimate|estimation) of\b|\b(?:is|are|was|were) (?:expected|projected|forecast|predicted|scheduled) to\b|\b(?:according to|reportedly|allegedly|(?:is|are|was|were) (?:said|reported|quoted|alleged|understood|believed|thought|known) to|(?:was|were) quoted as|in the words of|as (?:\w+ ){1,4}put it|told (?:reporters|journalists|the press|parliament|congress|lawmakers|state media)|in a (?:statement|speech|press conference|briefing|communiqu[eé]|interview|letter|post)|at a (?:press conference|briefing|news conference)|(?:it|this) (?:was|is|has been|had been) (?:estimated|projected|reported|announced|confirmed|alleged|claimed|said|forecast|predicted|disclosed|revealed|hoped|feared|expected|believed|thought|understood|agreed) that|(?:was|were) (?:made|said|announced|stated|reported|confirmed|denied) by)\b/;

/** The writer saying what is not known (`it remains unclear whether …`, `it remains to be seen`). */
const UNCERTAINTY_FRAME =
  /\b(?:it (?:is|was|remains|remained) (?:still |not yet |far from |also )?(?:unclear|uncertain|not clear|an open question)|(?:it )?remains to be seen|no one knows|nobody knows)\b/;

/** Words without which `UNCERTAINTY_FRAME` cannot match. */
const UNCERTAINTY_WORDS = new Set(['unclear', 'uncertain', 'clear', 'question', 'seen', 'knows']);

/** A parenthetical relative clause: `(which he views as …)`, `(who calls it …)`. */
const RELATIVE_ASIDE = /\((?:which|who|whom|whose)\b[^()]*\)/g;

/**
 * A named person or body's stated stance (`Ruhotas is confident that`, `analysts
 * have serious doubts whether`): what they think is a fact about them.
 */
const STANCE =
  /\b([A-Z][\p{L}-]+) (?:also |now )?(?:intends|plans) to\b|\b([A-Z][\p{L}-]+|analysts|experts|economists|officials|investors|critics|observers|researchers) (?:is|are|was|were|remains?|has|have) (?:(?:very|also|still|far|less|more|not|a little|serious|grave|strong) )*(?:confident|convinced|optimistic|pessimistic|sceptical|skeptical|doubtful|worried|concerned|doubts|reservations|misgivings) (?:that|whether|about|over)\b/u;

/** Words without which `STANCE` cannot match. */
const STANCE_WORDS = new Set(
  'intends plans confident convinced optimistic pessimistic sceptical skeptical doubtful worried concerned doubts reservations misgivings'.split(' '),
);

/**
 * Finds a third party's reported words or views (`officials said that …`)
 * and returns the words that show it, or undefined.
 */
export function findReportedSpeech(view: SentenceView): string | undefined {
  const frame = view.tokens.some((t) => UNCERTAINTY_WORDS.has(t.lower)) ? UNCERTAINTY_FRAME.exec(view.lower) : null;
  // `It remains unclear whether she intends to …`: the writer's doubt governs what follows it.
  if (frame) return frame.index === 0 ? undefined : findReportedSpeech(viewSentence(view.text.slice(0, frame.index)));
  if (view.text.includes('(')) {
    // `(which he views as a threat)`: an aside describing a noun, not the sentence's claim.
    const main = view.text.replace(RELATIVE_ASIDE, ' ');
    if (main !== view.text) return findReportedSpeech(viewSentence(main));
  }
  const attribution = ATTRIBUTION.exec(view.lower);
  if (attribution) return attribution[0];
  const tokens = view.tokens;
  const stance = tokens.some((t) => STANCE_WORDS.has(t.lower)) ? STANCE.exec(view.text) : null;
  if (stance) {
    const speaker = Math.max(0, tokens.findIndex((t) => t.text === (stance[1] ?? stance[2])));
    if (isPersonLike(tokens[speaker], speaker)) return stance[0];
  }
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].lower;
    if (!SPEECH_VERBS.has(word) && !FINDING_VERBS.has(word) && !BELIEF_VERBS.has(word)) continue;
    if (!couldBeVerb(tokens, i)) continue;
    const reported =
      (SPEECH_VERBS.has(word) && isThirdPartySpeech(tokens, i)) ||
      (FINDING_VERBS.has(word) && isThirdPartyView(tokens, i, true)) ||
      (BELIEF_VERBS.has(word) && isThirdPartyView(tokens, i, false));
    if (!reported) continue;
    // `"…," said the spokesman`: the speaker follows the verb.
    if (isInvertedAttribution(tokens, i)) return tokens.slice(i, i + (/^(?:the|a|an|one|another)$/.test(tokens[i + 1].lower) ? 3 : 2)).map((t) => t.text).join(' ');
    return `${tokens[findSubject(tokens, i)]?.text ?? ''} ${tokens[i].text}`.trim();
  }
  return undefined;
}

/**
 * Rules out look-alikes before the subject is examined: a capitalised word
 * inside the sentence is a name (`the United States`), a phrasal verb is not
 * speech (`adds up to`, `believes in`), `concluded a treaty` is an act rather
 * than a finding, and a plural noun (`its claims`, `media reports`) is a verb
 * only after a person-like subject.
 */
function couldBeVerb(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1]?.lower ?? '';
  if (index > 0 && isCapitalised(token.text)) return false;
  if (/^(?:adds?|added|writes?|wrote|calls?|called|claims?)$/.test(token.lower) && /^(?:up|out|off|down|back|on)$/.test(next)) return false;
  if (/^believ/.test(token.lower) && next === 'in') return false;
  if (/^(?:concluded|agreed|reached)$/.test(token.lower) && /^(?:a|an|the|to|on)$/.test(next)) return false;
  if (index > 0 && BEFORE_ADJECTIVE.has(tokens[index - 1].lower) && !tokens[index].afterPunctuation) return false;
  if (NOUN_LIKE_VERBS.has(token.lower)) {
    const subject = findSubject(tokens, index);
    return subject >= 0 && isPersonLike(tokens[subject], subject) && !/^(?:its|their|his|her|our|the|a|an)$/.test(tokens[subject].lower);
  }
  return true;
}

/** Verbs of saying that things do too (`the data reveal`, `it tells us`): they report only a person or body. */
const THING_VERBS = new Set('reveals revealed tells told asserts states threatens threatened signals signalled signaled hints describes'.split(' '));

/** Verb forms that are more often plural nouns in analytic prose. */
const NOUN_LIKE_VERBS = new Set(
  'claims reports states notes promises pledges views fears estimates threatens questions remarks cites projects forecasts'.split(' '),
);

/**
 * A determiner, possessive or preposition right before a verb of saying makes
 * it an adjective or a noun (`her stated goal`, `fears over alleged meddling`,
 * `the reported deal`), not someone's report.
 */
const BEFORE_ADJECTIVE = new Set(
  'the a an this that these those its their his her our my your of over about on in for with by from into against amid and or'.split(' '),
);

/** A verb of saying reports someone unless its subject is the writer, a modal or `to`. */
function isThirdPartySpeech(tokens: Token[], verb: number): boolean {
  if (isInvertedAttribution(tokens, verb)) return true;
  // `"…", read one caption`: `read` reports words only after them (`reads` also before: `the sign reads`).
  if (tokens[verb].lower === 'read') return false;
  // A passive (`should not be dismissed`, `was described as`) names no speaker.
  if (isPassive(tokens, verb)) return false;
  const subject = findSubject(tokens, verb);
  if (subject < 0) return false;
  const word = subjectWord(tokens[subject]);
  if (NOT_REPORTING_SUBJECTS.has(word)) return false;
  // `That said, …` is a connective, not a report.
  if (word === 'that' && subject === 0) return false;
  // Bare `say`/`argue` after a plural noun is reported (`experts say`); after
  // anything else it is usually an infinitive or imperative.
  if (/^(?:say|argue|contend|warn|deny|forecast|predict|project|estimate|state)$/.test(tokens[verb].lower)) return isPersonLike(tokens[subject], subject);
  // `the shutdown reveals its purpose`, `it tells sellers …`: a thing that shows something is the writer's reading.
  if (THING_VERBS.has(tokens[verb].lower)) return isPersonLike(tokens[subject], subject);
  return true;
}

/**
 * A verb of finding or belief reports someone only when a person or body is
 * its subject; names count only for finding verbs (see the lexicon).
 */
function isThirdPartyView(tokens: Token[], verb: number, namesCount: boolean): boolean {
  const subject = findSubject(tokens, verb);
  if (subject < 0) return false;
  const token = tokens[subject];
  // `our analysis suggests`, `this study finds`: the writer's own work speaking.
  if (subject > 0 && /^(?:our|my|this|the present)$/.test(tokens[subject - 1].lower)) return false;
  // `her choice of ministers suggests`: a plural before a singular verb is not its subject; the head before `of` is.
  if (isPluralBeforeSingular(token, tokens[verb]) && subject > 1 && tokens[subject - 1].lower === 'of') {
    const head = findHead(tokens, subject - 2);
    return head >= 0 && (namesCount ? isPersonLike(tokens[head], head) : HUMAN_SUBJECTS.has(subjectWord(tokens[head])));
  }
  return namesCount ? isPersonLike(token, subject) : HUMAN_SUBJECTS.has(subjectWord(token));
}

function isPluralBeforeSingular(subject: Token, verb: Token): boolean {
  return /[^s]s$/.test(subject.lower) && /[^s]s$/.test(verb.lower) && !isCapitalised(subject.text);
}

/** The noun before `of` (`the choice of`, `a panel of`), over an article. */
function findHead(tokens: Token[], at: number): number {
  return at >= 0 && /^(?:the|a|an)$/.test(tokens[at].lower) ? -1 : at;
}

function isPersonLike(token: Token, index: number): boolean {
  if (NOT_REPORTING_SUBJECTS.has(subjectWord(token))) return false;
  if (HUMAN_SUBJECTS.has(subjectWord(token))) return true;
  // A name right before the verb (`Blinken noted`, `Microsoft estimates`);
  // at the start of the sentence only a name-like word (not `This`, `It`).
  if (!isCapitalised(token.text)) return false;
  return index > 0 || !FUNCTION_WORDS.has(token.lower);
}

/** Words that open a sentence without being anyone (`For projects that …`, `With the option …`). */
const FUNCTION_WORDS = new Set(
  `this it that these those there here such each every what which for in with by from on at of to into over under
  after before during despite given amid among between within without about against as since until unless if
  although though while because when where whether and but or yet so then thus also even only just not now all
  some much more most few both any no none either neither other another its their his her our your`.split(/\s+/),
);

function isPassive(tokens: Token[], verb: number): boolean {
  for (let j = verb - 1; j >= 0 && j >= verb - 3; j--) {
    const word = tokens[j].lower;
    if (/^(?:be|is|are|was|were|been|being)$/.test(word)) return true;
    if (!/^(?:not|also|never|widely|often|publicly|repeatedly)$/.test(word)) return false;
  }
  return false;
}

/** The subject without a contraction: `I've` → `i`, `you'd` → `you`, `he's` → `he`. */
function subjectWord(token: Token): string {
  return token.lower.replace(/'(?:d|ve|re|ll|m|s)$/, '');
}

/** Walks back over adverbs and auxiliaries (`has also publicly said`) to the subject. */
function findSubject(tokens: Token[], verb: number): number {
  for (let j = verb - 1; j >= 0 && j >= verb - 6; j--) {
    const word = tokens[j].lower;
    // Adverbs (`have regularly implied`, `has openly said`) stand between a subject and its verb.
    if (!SUBJECT_SKIP.has(word) && !/^[a-z]{3,}ly$/.test(word)) return j;
  }
  return -1;
}

/** `"…," said the spokesman` / `, added Mr Lee`: the verb follows the quote. */
function isInvertedAttribution(tokens: Token[], verb: number): boolean {
  if (!tokens[verb].afterPunctuation || verb + 1 >= tokens.length) return false;
  const next = tokens[verb + 1];
  return /^(?:the|a|an|one|another)$/.test(next.lower) || isCapitalised(next.text) || HUMAN_SUBJECTS.has(next.lower);
}
