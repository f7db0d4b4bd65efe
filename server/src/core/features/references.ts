import type { LoadedSchema } from '../service-types.js';
import { actorUsesIn, declarationOf, finish, relatedEntriesNaming, schemaLocation, sortLocations, sourceUsesIn, usesAcross, type Steps } from './nav-uses.js';
import type { SymbolTarget } from './symbol-at.js';
import type { FileLocation, WorkspaceAssessments } from './types.js';

/**
 * Every use of an actor or source across the workspace's assessments and the schema.
 * Sources: each citation of the key (the key itself where it is written, else the
 * footnote or link citation). Actors: each mention in prose and each `related`
 * entry naming the key. The schema key is added when `includeDeclaration` is set.
 * Sorted by path, then offset.
 */
export function referencesOf(target: SymbolTarget, schema: LoadedSchema, workspace: WorkspaceAssessments, includeDeclaration: boolean): FileLocation[] {
  return finish(referencesInSteps(target, schema, workspace, includeDeclaration));
}

/** The same, one assessment analysed per step. */
export function* referencesInSteps(target: SymbolTarget, schema: LoadedSchema, workspace: WorkspaceAssessments, includeDeclaration: boolean): Steps<FileLocation[]> {
  const usesIn = target.kind === 'source' ? sourceUsesIn : actorUsesIn;
  const inAssessments = yield* usesAcross(schema, target.key, workspace, target.analysis, (analysis) =>
    usesIn(analysis, target.key).map((use) => ({ path: analysis.path, text: analysis.text, span: use.span })),
  );
  const related = target.kind === 'actor' ? relatedEntriesNaming(schema, target.key) : [];
  const declaration = includeDeclaration ? declarationOf(target, schema) : undefined;
  const inSchema = [...related, ...(declaration ? [declaration] : [])].map((span) => schemaLocation(schema, span));
  return sortLocations([...inAssessments, ...inSchema]);
}
