import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import { keyNameProblem } from './nav-key-name.js';
import { declarationOf, finish, relatedEntriesNaming, sourceUsesIn, usesAcross, type Steps } from './nav-uses.js';
import type { SymbolTarget } from './symbol-at.js';
import type { FileEdits, WorkspaceAssessments } from './types.js';

/** The edits of a rename, or why it cannot be done. */
export type RenameResult = { edits: FileEdits[] } | { error: string };

/**
 * The key span that a rename at this target would change, or why nothing can be renamed there.
 * Only keys rename: a source key (in a `[@key]` or the schema) or an actor key
 * (in the schema, or a `related` entry). Prose mentions use names and aliases,
 * which are the analyst's words, so renaming from one is refused with a pointer.
 */
export function prepareRenameOf(target: SymbolTarget | undefined, schema: LoadedSchema | undefined): { span: Span; placeholder: string } | { error: string } {
  const subject = renameSubject(target, schema);
  return 'error' in subject ? subject : { span: subject.target.span, placeholder: subject.target.key };
}

/**
 * Renames a source or actor key in the schema and in every assessment that uses it:
 * a source in its schema key and every `[@key]` (also inside footnote definitions)
 * of the assessments checked against this schema; an actor in its schema key and
 * every `related` entry naming it.
 */
export function renameOf(target: SymbolTarget | undefined, schema: LoadedSchema | undefined, workspace: WorkspaceAssessments, newName: string): RenameResult {
  return finish(renameInSteps(target, schema, workspace, newName));
}

/** The same, one assessment analysed per step. */
export function* renameInSteps(target: SymbolTarget | undefined, schema: LoadedSchema | undefined, workspace: WorkspaceAssessments, newName: string): Steps<RenameResult> {
  const subject = renameSubject(target, schema);
  if ('error' in subject) return subject;
  return yield* renameKey(subject.target, subject.schema, workspace, newName.trim());
}

/** The target and schema of a rename, once both exist and the cursor is on a key the schema defines. */
function renameSubject(target: SymbolTarget | undefined, schema: LoadedSchema | undefined): { target: SymbolTarget; schema: LoadedSchema } | { error: string } {
  if (!target) return { error: 'Nothing to rename here: put the cursor on a source key after @ in a citation, or on a source or actor key in claims-schema.yaml.' };
  if (!schema) return { error: 'No claims-schema.yaml applies to this assessment, so it has no keys to rename.' };
  const refusal = refusalFor(target);
  if (refusal) return { error: refusal };
  if (!declarationOf(target, schema)) {
    return { error: `"${target.key}" is not ${target.kind === 'source' ? 'a source' : 'an actor'} in claims-schema.yaml, so there is nothing to rename; correct the key or add it to the schema first.` };
  }
  return { target, schema };
}

function* renameKey(target: SymbolTarget, schema: LoadedSchema, workspace: WorkspaceAssessments, name: string): Steps<RenameResult> {
  const problem = keyNameProblem(name, target.kind) ?? conflictOf(target, schema, name);
  if (problem) return { error: problem };
  if (name === target.key) return { edits: [] };
  const inSchema: FileEdits = { path: schema.path, text: schema.text, edits: schemaSpansOf(target, schema).map((span) => ({ span, newText: name })) };
  const inAssessments = target.kind === 'source' ? yield* citationEdits(target, name, schema, workspace) : [];
  return { edits: [inSchema, ...inAssessments].map(withoutOverlaps).filter((f) => f.edits.length > 0) };
}

/** Why this kind of place cannot start a rename; undefined when it can. */
function refusalFor(target: SymbolTarget): string | undefined {
  if (target.via === 'mention') {
    return `"${target.key}" is mentioned here by a name or alias, not by its key; rename the actor key in claims-schema.yaml, or edit its name and aliases there.`;
  }
  if (target.via === 'schema-alias') return `This is an alias of "${target.key}"; edit it in place, or put the cursor on the key "${target.key}" to rename the actor.`;
  if (target.via === 'citation') return `Put the cursor on the key itself (after @ in [@${target.key}], or in claims-schema.yaml) to rename the source "${target.key}".`;
  return undefined;
}

/** Another source or actor (of the same kind) already has the new name. */
function conflictOf(target: SymbolTarget, schema: LoadedSchema, name: string): string | undefined {
  if (name === target.key || !declarationOf({ kind: target.kind, key: name }, schema)) return undefined;
  return `claims-schema.yaml already has ${target.kind === 'source' ? 'a source' : 'an actor'} "${name}"; choose another key.`;
}

/** The schema spans that spell the key: its own key, and for an actor the `related` entries naming it. */
function schemaSpansOf(target: SymbolTarget, schema: LoadedSchema): Span[] {
  const related = target.kind === 'actor' ? relatedEntriesNaming(schema, target.key) : [];
  const declaration = declarationOf(target, schema);
  return [...(declaration ? [declaration] : []), ...related];
}

/** Every written key of the source in the assessments checked against this schema. */
function citationEdits(target: SymbolTarget, name: string, schema: LoadedSchema, workspace: WorkspaceAssessments): Steps<FileEdits[]> {
  return usesAcross(schema, target.key, workspace, target.analysis, (analysis) => [
    {
      path: analysis.path,
      text: analysis.text,
      edits: sourceUsesIn(analysis, target.key)
        .filter((use) => use.isKey)
        .map((use) => ({ span: use.span, newText: name })),
    },
  ]);
}

/** One file's edits in text order without overlaps, as LSP requires of a document's edits. */
function withoutOverlaps(file: FileEdits): FileEdits {
  const sorted = [...file.edits].sort((a, b) => a.span.start - b.span.start);
  return { ...file, edits: sorted.filter((edit, i) => i === 0 || edit.span.start >= sorted[i - 1].span.end) };
}
