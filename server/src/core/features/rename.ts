// PLACEHOLDER: replaced by the navigation work.
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import type { SymbolTarget } from './symbol-at.js';
import type { FileEdits, WorkspaceAssessments } from './types.js';

/** The edits of a rename, or why it cannot be done. */
export type RenameResult = { edits: FileEdits[] } | { error: string };

/** The key span that a rename at this target would change, or why nothing can be renamed there. */
export function prepareRenameOf(target: SymbolTarget | undefined, schema: LoadedSchema | undefined): { span: Span; placeholder: string } | { error: string } {
  return { error: 'not yet' };
}

/** Renames a source or actor key in the schema and in every assessment that uses it. */
export function renameOf(target: SymbolTarget | undefined, schema: LoadedSchema | undefined, workspace: WorkspaceAssessments, newName: string): RenameResult {
  return { error: 'not yet' };
}
