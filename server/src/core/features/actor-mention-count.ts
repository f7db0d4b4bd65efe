import type { LoadedSchema } from '../service-types.js';
import type { WorkspaceAssessments } from './types.js';

/** How many of the workspace's assessments (of this schema) mention an actor. */
export interface MentionCount {
  mentioning: number;
  total: number;
}

/**
 * The one place the card's "Mentioned in N of M assessments" comes from, so
 * the workspace index answers it without a parse or a read. Counts only
 * assessments checked against this schema: another schema may define the
 * same key for another actor.
 */
export function assessmentsMentioning(actorKey: string, loaded: LoadedSchema, workspace: WorkspaceAssessments): MentionCount | undefined {
  const counts = workspace.mentions(loaded.path);
  return counts.total === 0 ? undefined : { mentioning: counts.mentioning(actorKey), total: counts.total };
}
