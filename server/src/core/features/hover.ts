// PLACEHOLDER: replaced by the hover work.
import type { LoadedSchema } from '../service-types.js';
import type { Analysis, HoverCard, WorkspaceAssessments } from './types.js';

/** The hover card at an offset of an assessment: actor, citation, estimative term or confidence level. */
export function hoverAt(analysis: Analysis, offset: number, workspace: WorkspaceAssessments): HoverCard | undefined {
  return undefined;
}

/** The hover card at an offset of the schema file: an actor or source key. */
export function hoverInSchema(schema: LoadedSchema, offset: number, workspace: WorkspaceAssessments): HoverCard | undefined {
  return undefined;
}
