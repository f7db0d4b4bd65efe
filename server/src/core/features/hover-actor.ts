// The actor card: who the actor is, what the source texts say about it, its
// dated events, what it said itself and how it connects to the rest of the
// workspace. Shown on a mention in an assessment and on an actor key in the
// schema. Every `¶n` links to the paragraph (see paragraph-links.ts).
import type { ActorEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import { briefActor, type ActorQuote, type SourcedSentence, type TimelineEntry } from './actor-briefing.js';
import { assessmentsMentioning, type MentionCount } from './actor-mention-count.js';
import { code, escapeMarkdown, joinLines, joinSections, quoteBlock } from './hover-markdown.js';
import { paragraphLink, type ParagraphLinkStyle } from './paragraph-links.js';
import type { WorkspaceAssessments } from './types.js';

export { cardSentences, type SourcedSentence } from './actor-briefing.js';

/** The Markdown card of an actor: identity, note, source sentences, timeline, own words, related actors, mention count. */
export function actorCard(actor: ActorEntry, loaded: LoadedSchema, workspace: WorkspaceAssessments, links: ParagraphLinkStyle = 'file'): string {
  const count = assessmentsMentioning(actor.key, loaded, workspace);
  // Every hover over every mention shows the same card until the schema, a source or the count changes: made once.
  const key = `${links}\u0000${count?.mentioning}\u0000${count?.total}`;
  let byActor = rendered.get(loaded);
  if (!byActor) rendered.set(loaded, (byActor = new WeakMap()));
  const kept = byActor.get(actor);
  if (kept?.key === key) return kept.markdown;
  const briefing = briefActor(actor, loaded);
  const place = (p: { sourceKey: string; paragraph: number }) => paragraphLink(loaded, p.sourceKey, p.paragraph, links);
  const markdown = joinSections([
    identitySection(actor),
    sentencesSection(briefing.sentences, loaded, place),
    timelineSection(briefing.timeline, place),
    quotesSection(briefing.quotes, loaded, place),
    connectionsSection(actor, loaded, count),
  ]);
  byActor.set(actor, { key, markdown });
  return markdown;
}

/** The last card made of each actor per schema version, with what it was made for (link style and mention count). */
const rendered = new WeakMap<LoadedSchema, WeakMap<ActorEntry, { key: string; markdown: string }>>();

type Place = (p: { sourceKey: string; paragraph: number }) => string;

/** The actor's name, kind, aliases and curated note. */
function identitySection(actor: ActorEntry): string {
  const heading = joinLines([
    `**${escapeMarkdown(actor.name)}** · ${actor.kind}`,
    actor.aliases.length > 0 ? `*Also known as:* ${actor.aliases.map(escapeMarkdown).join(', ')}` : undefined,
  ]);
  return actor.note ? `${heading}\n\n${escapeMarkdown(actor.note)}` : heading;
}

/** The best sentences about the actor, each with its source's title, grade and `¶n`. */
function sentencesSection(sentences: SourcedSentence[], loaded: LoadedSchema, place: Place): string | undefined {
  if (sentences.length === 0) return undefined;
  const quotes = sentences.map((s) => quoteBlock(s.text, `${sourceLabel(s.sourceKey, loaded)}, ${place(s)}`));
  return `**What the sources say**\n\n${quotes.join('\n\n')}`;
}

/** One line per dated event, oldest first: `2024-11-12 · what happened — key ¶n`. */
function timelineSection(timeline: TimelineEntry[], place: Place): string | undefined {
  if (timeline.length === 0) return undefined;
  const lines = timeline.map((e) => `- ${e.date} · ${escapeMarkdown(e.summary)} — ${code(e.sourceKey)} ${place(e)}`);
  return `**Timeline**\n\n${lines.join('\n')}`;
}

/** What the actor said itself, as its sources quote it. */
function quotesSection(quotes: ActorQuote[], loaded: LoadedSchema, place: Place): string | undefined {
  if (quotes.length === 0) return undefined;
  const blocks = quotes.map((q) => quoteBlock(`“${q.text}”`, `${sourceLabel(q.sourceKey, loaded)}, ${place(q)}`));
  return `**In its own words**\n\n${blocks.join('\n\n')}`;
}

/** A source's title in italics (or its key) and its Admiralty grade, so a weak source is seen as such. */
function sourceLabel(sourceKey: string, loaded: LoadedSchema): string {
  const source = loaded.schema.sources.get(sourceKey);
  const name = source?.title ? `*${escapeMarkdown(source.title)}*` : code(sourceKey);
  const grade = `${source?.reliability ?? ''}${source?.credibility ?? ''}`;
  return grade ? `${name} (${grade})` : name;
}

/** Related actors by name, and how many of the workspace's assessments mention this one. */
function connectionsSection(actor: ActorEntry, loaded: LoadedSchema, count: MentionCount | undefined): string | undefined {
  const related = actor.related.map((key) => {
    const other = loaded.schema.actors.get(key);
    return other ? escapeMarkdown(other.name) : code(key);
  });
  const noun = count?.total === 1 ? 'assessment' : 'assessments';
  return joinLines([
    related.length > 0 ? `**Related:** ${related.join(', ')}` : undefined,
    count ? `Mentioned in ${count.mentioning} of ${count.total} ${noun}` : undefined,
  ]);
}
