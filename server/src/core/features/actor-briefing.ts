// What an actor card says, as data: the best sentences about the actor across
// every source, its dated events oldest first, and what it said itself. The
// card (`hover-actor.ts`) renders this; the eval scores `cardSentences`.
import type { ActorEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import { datedEvents } from '../sources/actor-events.js';
import { quotesBy } from '../sources/actor-quotes.js';
import { DEFAULT_ACTOR_WEIGHTS, namesRegex, pickSentences, type ActorRankWeights, type RankedActorSentence } from '../sources/actor-sentences.js';
import { gradeWeight } from './source-grades.js';

/** How many source sentences a card shows: enough to orient, few enough to read at a glance. */
const SENTENCES_PER_CARD = 3;
const TIMELINE_LINES = 8;
const QUOTES_PER_CARD = 3;
/** What a grade-A1 source's sentence gains over an F6 one's: enough to order close ones, not to lift a weak sentence. */
const GRADE_BONUS = 1;

/** A place in a source: its key and `¶n`. */
export interface SourcePlace {
  sourceKey: string;
  paragraph: number;
}

/** A source sentence about the actor, with the source it came from. */
export interface SourcedSentence extends SourcePlace {
  text: string;
  score: number;
}

/** One line of the timeline: `2024-11-12 · <what happened>`. */
export interface TimelineEntry extends SourcePlace {
  date: string;
  summary: string;
}

/** Words the actor itself said, as quoted by a source. */
export interface ActorQuote extends SourcePlace {
  text: string;
}

export interface ActorBriefing {
  sentences: SourcedSentence[];
  timeline: TimelineEntry[];
  quotes: ActorQuote[];
}

type Ranked = RankedActorSentence & SourcePlace;

/** Every statement about the actor in every source, scored, best first (schema source order breaks ties). */
function rankedAcrossSources(actor: ActorEntry, loaded: LoadedSchema, w: ActorRankWeights): Ranked[] {
  const names = [actor.name, ...actor.aliases];
  const all: Ranked[] = [];
  for (const [sourceKey, index] of loaded.sourceIndexes) {
    // Between sentences that say about as much, the better-graded source comes first.
    const bonus = GRADE_BONUS * (gradeWeight(loaded.schema.sources.get(sourceKey)) - 1);
    for (const sentence of index.rankedAbout(names, w)) all.push({ ...sentence, score: sentence.score + bonus, sourceKey });
  }
  return all.sort((a, b) => b.score - a.score);
}

/** The sentences a card shows for an actor (the eval scores exactly these). */
export function cardSentences(actor: ActorEntry, loaded: LoadedSchema, weights: Partial<ActorRankWeights> = {}): SourcedSentence[] {
  const w = { ...DEFAULT_ACTOR_WEIGHTS, ...weights };
  return pickSentences(rankedAcrossSources(actor, loaded, w), SENTENCES_PER_CARD, w, samePlace).map(sourced);
}

/** Everything the card says about the actor beyond its schema entry. */
export function briefActor(actor: ActorEntry, loaded: LoadedSchema): ActorBriefing {
  // A card is shown on every hover over every mention: one briefing per actor per schema version (the same
  // objects while the schema and its sources are unchanged).
  let byActor = briefings.get(loaded);
  if (!byActor) briefings.set(loaded, (byActor = new WeakMap()));
  let briefing = byActor.get(actor);
  if (!briefing) byActor.set(actor, (briefing = buildBriefing(actor, loaded)));
  return briefing;
}

const briefings = new WeakMap<LoadedSchema, WeakMap<ActorEntry, ActorBriefing>>();

/** Whether the actor's briefing for this schema version is built already (a hover on it reads it). */
export function hasBriefing(actor: ActorEntry, loaded: LoadedSchema): boolean {
  return briefings.get(loaded)?.has(actor) === true;
}

function buildBriefing(actor: ActorEntry, loaded: LoadedSchema): ActorBriefing {
  const w = DEFAULT_ACTOR_WEIGHTS;
  const ranked = rankedAcrossSources(actor, loaded, w);
  return {
    sentences: pickSentences(ranked, SENTENCES_PER_CARD, w, samePlace).map(sourced),
    timeline: timeline(ranked.filter((r) => r.score >= w.floor && r.claim === 'assertion' && r.central), loaded),
    quotes: quotes(ranked, namesRegex([actor.name, ...actor.aliases])),
  };
}

const samePlace = (a: SourcePlace, b: SourcePlace) => a.sourceKey === b.sourceKey && a.paragraph === b.paragraph;
const sourced = ({ sourceKey, paragraph, text, score }: Ranked): SourcedSentence => ({ sourceKey, paragraph, text, score });

/** The dated facts about the actor, the best-ranked first chosen, then shown oldest first. */
function timeline(facts: Ranked[], loaded: LoadedSchema): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const fact of facts) {
    if (entries.length >= TIMELINE_LINES) break;
    for (const event of datedEvents(fact.text, loaded.schema.sources.get(fact.sourceKey)?.date)) {
      if (entries.length >= TIMELINE_LINES) break;
      if (!entries.some((e) => e.date === event.date && (e.summary === event.summary || samePlace(e, fact)))) entries.push({ ...event, sourceKey: fact.sourceKey, paragraph: fact.paragraph });
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

/** Quotations the actor itself is credited with, in rank order, each once. */
function quotes(ranked: Ranked[], names: RegExp | undefined): ActorQuote[] {
  const out: ActorQuote[] = [];
  if (!names) return out;
  for (const sentence of ranked) {
    for (const quote of quotesBy(sentence.text, names)) {
      if (out.length < QUOTES_PER_CARD && !out.some((q) => q.text === quote.text)) out.push({ ...quote, sourceKey: sentence.sourceKey, paragraph: sentence.paragraph });
    }
  }
  return out;
}
