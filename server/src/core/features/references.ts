// PLACEHOLDER: replaced by the navigation work.
import type { LoadedSchema } from '../service-types.js';
import type { SymbolTarget } from './symbol-at.js';
import type { FileLocation, WorkspaceAssessments } from './types.js';

/** Every use of an actor or source across the workspace's assessments and the schema. */
export function referencesOf(target: SymbolTarget, schema: LoadedSchema, workspace: WorkspaceAssessments, includeDeclaration: boolean): FileLocation[] {
  return [];
}
