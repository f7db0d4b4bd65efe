import type { LoadedSchema } from '../service-types.js';
import type { WorkspaceAssessments } from './types.js';

/** How many of the workspace's assessments (of this schema) mention an actor. */
export interface MentionCount {
  mentioning: number;
  total: number;
}

/**
 * The one place the card's "Mentioned in N of M assessments" comes from, so
 * a workspace index can answer it without the card changing. Counts only
 * assessments checked against this schema: another schema may define the
 * same key for another actor.
 */
export function assessmentsMentioning(actorKey: string, loaded: LoadedSchema, workspace: WorkspaceAssessments): MentionCount | undefined {
  const assessments = workspace.all().filter((analysis) => analysis.schema?.path === loaded.path);
  if (assessments.length === 0) return undefined;
  const mentioning = assessments.filter((analysis) => analysis.model.sentences.some((sentence) => sentence.mentions.some((m) => m.actorKey === actorKey)));
  return { mentioning: mentioning.length, total: assessments.length };
}
