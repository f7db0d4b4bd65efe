// The first hover on an actor builds its briefing: every source text ranked for
// the actor, a hundred milliseconds and more against a large schema (the
// bench's first hover: 170 ms, the next ones 3 ms). So the language server
// builds briefings in idle slices: once an open document is checked, those of
// the actors it mentions; once the workspace is indexed, those of the actors
// its assessments mention most. Each is made once per schema version. A
// request that arrives meanwhile waits for the step under way: under a
// millisecond for a source, some 15–25 ms for an actor against the bench's 200
// sources.
import type { ActorEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import { briefActor, hasBriefing } from './actor-briefing.js';
import { assessmentsMentioning } from './actor-mention-count.js';
import type { Steps } from './nav-uses.js';
import type { Analysis, WorkspaceAssessments } from './types.js';

/**
 * How many of a schema's actors are prepared after indexing: the most
 * mentioned, a few seconds of idle time against hundreds of sources. A schema
 * of 50,000 actors does not cost 50,000 briefings; the rest are built on their
 * first hover or when a document that mentions them is opened.
 */
export const workspaceCardLimit = 200;

/** Builds what the cards of the document's actors need and returns how many briefings were built. */
export function* prepareActorCards(analysis: Analysis, workspace: WorkspaceAssessments): Steps<number> {
  const loaded = analysis.schema;
  if (!loaded) return 0;
  const keys = new Set<string>();
  for (const sentence of analysis.model.sentences) for (const mention of sentence.mentions) keys.add(mention.actorKey);
  const actors = [...keys].flatMap((key) => loaded.schema.actors.get(key) ?? []);
  return yield* prepareBriefings(actors, loaded, workspace);
}

/**
 * The same for the actors the workspace's assessments (of this schema) mention
 * most, most mentioned first, at most `limit`: what an analyst who opens the
 * workspace is likely to hover first. Only actors mentioned at least once.
 */
export function* prepareWorkspaceActorCards(loaded: LoadedSchema, workspace: WorkspaceAssessments, limit = workspaceCardLimit): Steps<number> {
  const counts = workspace.mentions(loaded.path);
  const ranked: Array<{ actor: ActorEntry; mentioning: number }> = [];
  for (const actor of loaded.schema.actors.values()) {
    const mentioning = counts.mentioning(actor.key);
    if (mentioning > 0) ranked.push({ actor, mentioning });
  }
  // Schema order breaks ties, as everywhere else.
  ranked.sort((a, b) => b.mentioning - a.mentioning);
  return yield* prepareBriefings(ranked.slice(0, limit).map((r) => r.actor), loaded, workspace);
}

/** Builds the briefings not built yet: first what every briefing reads, a source per step, then an actor per step. */
function* prepareBriefings(actors: ActorEntry[], loaded: LoadedSchema, workspace: WorkspaceAssessments): Steps<number> {
  const pending = actors.filter((actor) => !hasBriefing(actor, loaded));
  if (pending.length === 0) return 0;
  // The words of each source's sentences.
  const total = loaded.sourceIndexes.size + pending.length;
  let done = 0;
  for (const index of loaded.sourceIndexes.values()) {
    index.prepareActorSentences();
    yield { done: ++done, total };
  }
  // The card's "Mentioned in N of M": the first answer tallies the workspace index once per schema.
  assessmentsMentioning(pending[0].key, loaded, workspace);
  let built = 0;
  for (const actor of pending) {
    // Another pass (the open document's, or a hover) may have built it meanwhile.
    if (!hasBriefing(actor, loaded)) {
      briefActor(actor, loaded);
      built += 1;
    }
    yield { done: ++done, total };
  }
  return built;
}
