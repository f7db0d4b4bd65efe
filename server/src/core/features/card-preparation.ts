// The first hover on an actor builds its briefing: every source text ranked for
// the actor, a hundred milliseconds and more against a large schema (the
// bench's first hover: 170 ms, the next ones 3 ms). Once an open document is
// checked, the server builds the briefings of the actors it mentions in idle
// slices, so that the first hover on each reads a briefing already made. Each
// is made once per schema version. A request that arrives meanwhile waits for
// the step under way: under a millisecond for a source, some 15–25 ms for an
// actor against the bench's 200 sources.
import { briefActor, hasBriefing } from './actor-briefing.js';
import { assessmentsMentioning } from './actor-mention-count.js';
import type { Steps } from './nav-uses.js';
import type { Analysis, WorkspaceAssessments } from './types.js';

/** Builds what the cards of the document's actors need and returns how many briefings were built. */
export function* prepareActorCards(analysis: Analysis, workspace: WorkspaceAssessments): Steps<number> {
  const loaded = analysis.schema;
  if (!loaded) return 0;
  const keys = new Set<string>();
  for (const sentence of analysis.model.sentences) for (const mention of sentence.mentions) keys.add(mention.actorKey);
  const pending = [...keys].flatMap((key) => {
    const actor = loaded.schema.actors.get(key);
    return actor && !hasBriefing(actor, loaded) ? [actor] : [];
  });
  if (pending.length === 0) return 0;
  // First what every briefing reads, a source per step (the words of each of its sentences), then an actor per step.
  const total = loaded.sourceIndexes.size + pending.length;
  let done = 0;
  for (const index of loaded.sourceIndexes.values()) {
    index.prepareActorSentences();
    yield { done: ++done, total };
  }
  // The card's "Mentioned in N of M": the first answer tallies the workspace index once per schema.
  assessmentsMentioning(pending[0].key, loaded, workspace);
  for (const actor of pending) {
    briefActor(actor, loaded);
    yield { done: ++done, total };
  }
  return pending.length;
}
