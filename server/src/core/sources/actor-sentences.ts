// The sentences of a source that say something about an actor, ranked by
// what they say: the claim detector's verdict (facts first, then judgments;
// questions, headings, captions and credits never), the part the actor plays
// in the sentence (the subject it is about, or a passing mention), and dated
// or quantified facts up. The weights were tuned by cross-validation over the
// analytic-prose articles (`npm run eval`, `scripts/eval-actor-cards.ts --cv`).
import { classifyClaim } from '../model/claims.js';
import { extractNumbers } from '../model/numbers.js';
import type { SentenceClaim } from '../model/types.js';
import { mentionRole, opensWithName, type MentionRole } from './actor-roles.js';
import { sentencesOf, type IndexedParagraph } from './indexed.js';
import type { ActorSentence } from './types.js';

/** What each sign adds to a sentence's score; a sentence under `floor` is not shown. */
export interface ActorRankWeights {
  fact: number;
  judgment: number;
  subject: number;
  otherSubject: number;
  inName: number;
  locative: number;
  genitive: number;
  adjective: number;
  ownsName: number;
  quoted: number;
  dated: number;
  quantified: number;
  short: number;
  long: number;
  extraMention: number;
  samePara: number;
  floor: number;
}

export const DEFAULT_ACTOR_WEIGHTS: ActorRankWeights = {
  fact: 3,
  judgment: 2.5,
  subject: 2,
  otherSubject: 0,
  inName: -1,
  locative: -1.5,
  genitive: -1,
  adjective: -1,
  ownsName: -1.5,
  quoted: -1,
  dated: 0.5,
  quantified: 0,
  short: -1,
  long: -1,
  extraMention: 0.25,
  samePara: -1,
  floor: 1.5,
};

/** Sentences sharing more than this fraction of their words are repeats. */
const DUPLICATE_JACCARD = 0.6;
const SHORT_WORDS = 8;
const LONG_WORDS = 45;
/** A paragraph that is a picture's caption or credit (`PHOTO: …`), whatever the claim detector makes of its sentences. */
const CAPTION = /^\W*(?:photo|image|picture|pictured|caption|credit|file photo|illustration)\s*[:|—–-]/i;
/** A credit line in brackets without a sentence inside (`(Photo: Agency)`); `(The treaty … in 1995.)` is prose. */
const isCredit = (text: string) => /^\([^()]*\)$/.test(text.trim()) && !/[.!?]["”’]?\)$/.test(text.trim());
/** Sets of names whose signs are kept: a schema's actors, with room to spare. */
const SIGNS_CACHE = 200;

/** A source sentence with what ranking needs; the verdict is computed on first use. */
interface Candidate {
  paragraph: number;
  text: string;
  heading: boolean;
  words: Set<string>;
  wordCount: number;
  /** What the sentence's numbers say, found on first use: most sentences of a source never name the actor asked for. */
  figures?: { dated: boolean; quantified: boolean };
  claim?: SentenceClaim;
}

function figuresOf(candidate: Candidate): { dated: boolean; quantified: boolean } {
  if (!candidate.figures) {
    const numbers = extractNumbers(candidate.text);
    candidate.figures = { dated: numbers.some((n) => n.kind === 'date' || n.kind === 'year'), quantified: numbers.some((n) => n.kind === 'number' || n.kind === 'percent') };
  }
  return candidate.figures;
}

/** The words a sentence naming one name holds: every run but the last, and the last or its plural. */
export interface NameWords {
  runs: string[];
  last: string;
  plural: string;
}

/**
 * The words a sentence naming each of `names` holds, as the candidates'
 * `words` are made (`wordsOf`): every run of the name, the last one perhaps
 * with the plural `s` the names regex allows. Undefined (every sentence may
 * name one) when a name holds a run that is not plain ASCII, whose lower case
 * could depend on the letters around it.
 */
export function wordsOfNames(names: string[]): NameWords[] | undefined {
  const perName: NameWords[] = [];
  for (const name of names) {
    const runs = name.match(/[\p{L}\p{N}]+/gu);
    if (!name.trim()) continue;
    if (!runs || runs.some((run) => !/^[A-Za-z0-9]+$/.test(run))) return undefined;
    const lower = runs.map((run) => run.toLowerCase());
    const last = lower.pop()!;
    perName.push({ runs: lower, last, plural: `${last}s` });
  }
  return perName;
}

/** A sentence's words, as ranking compares them: lower case, runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a sentence's words hold every word of one of the names (see wordsOfNames). */
export function mayName(words: Set<string>, names: NameWords[]): boolean {
  for (const name of names) {
    if (!words.has(name.last) && !words.has(name.plural)) continue;
    let all = true;
    for (const run of name.runs) if (!words.has(run)) all = false;
    if (all) return true;
  }
  return false;
}

/** Escapes a name for a regex; spaces match any whitespace, apostrophes any style. */
function namePattern(name: string): string {
  return name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
}

/**
 * One regex for all names: whole words, case-sensitive (`China`, not
 * `china`), tolerating a possessive or plural ending (`Beijing’s`,
 * `North Koreans`, `troops’`). Longer names first so `North Korean` wins
 * over `North Korea`.
 */
export function namesRegex(names: string[]): RegExp | undefined {
  // A card asks every source for the same names: the regex is made once per set of names.
  const key = names.join('\u0000');
  if (regexes.has(key)) return regexes.get(key);
  const parts = names.filter((n) => n.trim()).sort((a, b) => b.length - a.length).map(namePattern);
  const re = parts.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?:['’]s|s['’]?|['’])?(?![\\p{L}\\p{N}])`, 'gu');
  if (regexes.size >= SIGNS_CACHE) regexes.clear();
  regexes.set(key, re);
  return re;
}

const regexes = new Map<string, RegExp | undefined>();

/** The score of what a mention's role says about the sentence being about the actor. */
function roleScore(role: MentionRole, w: ActorRankWeights): number {
  let total = role.subject && !role.inName && !role.adjective && !role.ownsName ? w.subject : 0;
  if (role.inName) total += w.inName;
  if (role.locative) total += w.locative;
  if (role.genitive) total += w.genitive;
  if (role.adjective) total += w.adjective;
  if (role.ownsName) total += w.ownsName;
  if (role.quoted) total += w.quoted;
  return total;
}

/** What ranking knows of a statement naming the actor: all but the weights, kept per set of names. */
interface Signs {
  candidate: Candidate;
  roles: MentionRole[];
  /** Another name opens the sentence and the actor is not its subject: the sentence is about someone else. */
  otherSubject: boolean;
}

/** The signs of a sentence naming the actor at `mentions`; undefined for a question, heading, caption or credit. */
function signsOf(candidate: Candidate, mentions: RegExpMatchArray[], primary: string): Signs | undefined {
  candidate.claim ??= classifyClaim(candidate.text, { block: candidate.heading ? 'heading' : 'paragraph' }).claim;
  if (candidate.claim === 'other') return undefined;
  const roles = mentions.map((m) => mentionRole(candidate.text, m.index!, m.index! + m[0].length, primary));
  return { candidate, roles, otherSubject: !roles.some((r) => r.subject) && opensWithName(candidate.text) };
}

/** The ranking score of a statement about the actor. */
function score({ candidate, roles, otherSubject }: Signs, w: ActorRankWeights): number {
  let total = candidate.claim === 'assertion' ? w.fact : w.judgment;
  total += Math.max(...roles.map((role) => roleScore(role, w)));
  if (otherSubject) total += w.otherSubject;
  const { dated, quantified } = figuresOf(candidate);
  if (dated) total += w.dated;
  if (quantified) total += w.quantified;
  if (candidate.wordCount < SHORT_WORDS) total += w.short;
  else if (candidate.wordCount > LONG_WORDS) total += w.long;
  return total + Math.min(2, roles.length - 1) * w.extraMention;
}

/** A mention that is not a passing one. */
const isCentral = (r: MentionRole) => !r.inName && !r.locative && !r.genitive && !r.adjective && !r.ownsName && !r.quoted;

/** Jaccard similarity of two word sets. */
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** A ranked sentence with the words used to spot repeats across sources. */
export interface RankedActorSentence extends ActorSentence {
  words: Set<string>;
  /** The claim detector's verdict: a checkable fact (`assertion`) or a judgment. */
  claim: 'assertion' | 'judgment';
  /** The actor is what the sentence is about: some mention is neither part of a name, a place, an adjective nor an owner. */
  central: boolean;
}

/**
 * The best `limit` sentences, greedily: the highest score first; a sentence
 * repeating one already taken is skipped, and one from a paragraph already
 * used loses `samePara`, so a card spreads over the text.
 */
export function pickSentences<T extends RankedActorSentence>(ranked: T[], limit: number, w: ActorRankWeights, samePlace: (a: T, b: T) => boolean): T[] {
  const kept: T[] = [];
  let rest = ranked.filter((r) => r.score >= w.floor);
  while (kept.length < limit && rest.length > 0) {
    const adjusted = rest.map((r) => r.score + (kept.some((k) => samePlace(k, r)) ? w.samePara : 0));
    const best = adjusted.indexOf(Math.max(...adjusted));
    if (adjusted[best] < w.floor) break;
    kept.push(rest[best]);
    rest = rest.filter((r, i) => i !== best && jaccard(r.words, rest[best].words) <= DUPLICATE_JACCARD);
  }
  return kept;
}

/** Finds and ranks a source's sentences about an actor. */
export class ActorSentences {
  private readonly candidates: Candidate[];
  private readonly signs = new Map<string, Signs[]>();

  /** For each word, the candidates that hold it, in source order: an actor's sentences are looked up, not scanned for. */
  private readonly postings = new Map<string, number[]>();

  constructor(paragraphs: IndexedParagraph[]) {
    this.candidates = paragraphs.filter((p) => !CAPTION.test(p.text)).flatMap((p) =>
      sentencesOf(p).filter((s) => !isCredit(s.text)).map((s) => {
        const words = wordsOf(s.text);
        return { paragraph: p.number, text: s.text, heading: p.headingLike, words: new Set(words), wordCount: words.length };
      }),
    );
    for (const [i, candidate] of this.candidates.entries()) {
      for (const word of candidate.words) {
        const list = this.postings.get(word);
        if (list) list.push(i);
        else this.postings.set(word, [i]);
      }
    }
  }

  /** Every statement naming any of `names` (the first is the actor's own), scored, best first. */
  ranked(names: string[], weights: ActorRankWeights = DEFAULT_ACTOR_WEIGHTS): RankedActorSentence[] {
    const out = this.signsFor(names).map((signs) => ({
      paragraph: signs.candidate.paragraph, text: signs.candidate.text.replace(/\s+/g, ' '), score: score(signs, weights), words: signs.candidate.words,
      claim: signs.candidate.claim === 'assertion' ? ('assertion' as const) : ('judgment' as const),
      central: !signs.otherSubject && signs.roles.some(isCentral),
    }));
    return out.sort((a, b) => b.score - a.score); // stable: source order breaks ties
  }

  /** The signs of every statement naming the actor, found once per set of names. */
  private signsFor(names: string[]): Signs[] {
    const key = names.join('\u0000');
    let found = this.signs.get(key);
    if (!found) {
      const re = namesRegex(names);
      const nameWords = wordsOfNames(names);
      found = [];
      for (const candidate of re ? (nameWords ? this.candidatesNaming(nameWords) : this.candidates) : []) {
        // Most sentences of most sources name none of the actor's names: a look at their words spares the regex.
        if (nameWords && !mayName(candidate.words, nameWords)) continue;
        const mentions = [...candidate.text.matchAll(re!)];
        const signs = mentions.length > 0 ? signsOf(candidate, mentions, names[0]) : undefined;
        if (signs) found.push(signs);
      }
      if (this.signs.size >= SIGNS_CACHE) this.signs.clear();
      this.signs.set(key, found);
    }
    return found;
  }

  /**
   * The candidates whose words could hold one of the names, in source order: for each name, those holding its
   * rarest word (a sentence that holds every word of a name holds that one). A superset of what mayName passes.
   */
  private candidatesNaming(names: NameWords[]): Candidate[] {
    const picked = new Set<number>();
    for (const name of names) {
      let list = [...(this.postings.get(name.last) ?? []), ...(this.postings.get(name.plural) ?? [])];
      for (const run of name.runs) {
        const holding = this.postings.get(run) ?? [];
        if (holding.length < list.length) list = holding;
      }
      for (const i of list) picked.add(i);
    }
    return [...picked].sort((a, b) => a - b).map((i) => this.candidates[i]);
  }

  /** The best `limit` sentences naming any of `names`, repeats and weak ones left out. */
  about(names: string[], limit = 3, weights: ActorRankWeights = DEFAULT_ACTOR_WEIGHTS): ActorSentence[] {
    return pickSentences(this.ranked(names, weights), limit, weights, (a, b) => a.paragraph === b.paragraph).map(({ paragraph, text, score: value }) => ({ paragraph, text, score: value }));
  }
}
