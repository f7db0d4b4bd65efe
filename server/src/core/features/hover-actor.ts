// The actor card: who the actor is, what the source texts say about it and
// how it connects to the rest of the workspace. Shown on a mention in an
// assessment and on an actor key in the schema.
import type { ActorEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import { DEFAULT_ACTOR_WEIGHTS, pickSentences, type ActorRankWeights } from '../sources/actor-sentences.js';
import type { ActorSentence } from '../sources/types.js';
import { gradeWeight } from './source-grades.js';
import { code, escapeMarkdown, joinLines, joinSections, quoteBlock } from './hover-markdown.js';
import type { WorkspaceAssessments } from './types.js';

/** How many source sentences a card shows: enough to orient, few enough to read at a glance. */
const SENTENCES_PER_CARD = 3;
/** What a grade-A1 source's sentence gains over an F6 one's: enough to order close ones, not to lift a weak sentence. */
const GRADE_BONUS = 1;

/** The Markdown card of an actor: identity, note, best source sentences, related actors, mention count. */
export function actorCard(actor: ActorEntry, loaded: LoadedSchema, workspace: WorkspaceAssessments): string {
  return joinSections([identitySection(actor), sourceSentencesSection(actor, loaded), connectionsSection(actor, loaded, workspace)]);
}

/** The actor's name, kind, aliases and curated note. */
function identitySection(actor: ActorEntry): string {
  const heading = joinLines([
    `**${escapeMarkdown(actor.name)}** · ${actor.kind}`,
    actor.aliases.length > 0 ? `*Also known as:* ${actor.aliases.map(escapeMarkdown).join(', ')}` : undefined,
  ]);
  return actor.note ? `${heading}\n\n${escapeMarkdown(actor.note)}` : heading;
}

/** A source sentence about the actor, with the source it came from. */
export interface SourcedSentence extends ActorSentence {
  sourceKey: string;
}

/** The best sentences about the actor across every indexed source, each with its title and `¶n`. */
function sourceSentencesSection(actor: ActorEntry, loaded: LoadedSchema): string | undefined {
  const sentences = cardSentences(actor, loaded);
  if (sentences.length === 0) return undefined;
  const quotes = sentences.map((s) => quoteBlock(s.text, `${sourceLabel(s.sourceKey, loaded)}, ¶${s.paragraph}`));
  return `**In the sources**\n\n${quotes.join('\n\n')}`;
}

/** The sentences a card shows for an actor (the eval scores exactly these). */
export function cardSentences(actor: ActorEntry, loaded: LoadedSchema, weights: Partial<ActorRankWeights> = {}): SourcedSentence[] {
  const w = { ...DEFAULT_ACTOR_WEIGHTS, ...weights };
  const names = [actor.name, ...actor.aliases];
  const all: Array<SourcedSentence & { words: Set<string> }> = [];
  for (const [sourceKey, index] of loaded.sourceIndexes) {
    // Between sentences that say about as much, the better-graded source comes first.
    const bonus = GRADE_BONUS * (gradeWeight(loaded.schema.sources.get(sourceKey)) - 1);
    for (const sentence of index.rankedAbout(names, w)) all.push({ ...sentence, score: sentence.score + bonus, sourceKey });
  }
  // Array.prototype.sort is stable, so equal scores keep the schema's source order.
  all.sort((a, b) => b.score - a.score);
  const picked = pickSentences(all, SENTENCES_PER_CARD, w, (a, b) => a.sourceKey === b.sourceKey && a.paragraph === b.paragraph);
  return picked.map(({ paragraph, text, score, sourceKey }) => ({ paragraph, text, score, sourceKey }));
}

/** A source's title in italics, or its key when it has no title. */
function sourceLabel(sourceKey: string, loaded: LoadedSchema): string {
  const title = loaded.schema.sources.get(sourceKey)?.title;
  return title ? `*${escapeMarkdown(title)}*` : code(sourceKey);
}

/** Related actors by name, and how many of the workspace's assessments mention this one. */
function connectionsSection(actor: ActorEntry, loaded: LoadedSchema, workspace: WorkspaceAssessments): string | undefined {
  const related = actor.related.map((key) => {
    const other = loaded.schema.actors.get(key);
    return other ? escapeMarkdown(other.name) : code(key);
  });
  return joinLines([related.length > 0 ? `**Related:** ${related.join(', ')}` : undefined, mentionCount(actor.key, loaded, workspace)]);
}

/** "Mentioned in 2 of 3 assessments", counting only assessments that use this schema. */
function mentionCount(actorKey: string, loaded: LoadedSchema, workspace: WorkspaceAssessments): string | undefined {
  // Another schema may define the same key for another actor, so its assessments do not count.
  const assessments = workspace.all().filter((analysis) => analysis.schema?.path === loaded.path);
  if (assessments.length === 0) return undefined;
  const mentioning = assessments.filter((analysis) =>
    analysis.model.sentences.some((sentence) => sentence.mentions.some((m) => m.actorKey === actorKey)),
  );
  const noun = assessments.length === 1 ? 'assessment' : 'assessments';
  return `Mentioned in ${mentioning.length} of ${assessments.length} ${noun}`;
}
