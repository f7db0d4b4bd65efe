import { summaryUses } from '../workspace-index.js';
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import type { SymbolTarget } from './symbol-at.js';
import type { Analysis, FileLocation, WorkspaceAssessments } from './types.js';

/** One place an assessment uses a source or actor; `isKey` when the key itself is written there. */
export interface KeyUse {
  span: Span;
  isKey: boolean;
}

/** How far a feature that reads many assessments has got: after each one, the count done of the total. */
export interface StepProgress {
  done: number;
  total: number;
}

/** Work done a step at a time (one assessment per step), so a caller can pause, report and stop between steps. */
export type Steps<T> = Generator<StepProgress, T, void>;

/** Runs steps to the end at once (tests, small tools). */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * What `take` finds in each assessment of the workspace checked against this
 * schema that uses a key: found in the workspace index, analysed only then, one
 * step per assessment, and let go once taken from (a key used in thousands of
 * files holds none of their analyses). The document the cursor is in comes
 * from the editor rather than from the host.
 */
export function* usesAcross<T>(schema: LoadedSchema, key: string, workspace: WorkspaceAssessments, current: Analysis | undefined, take: (analysis: Analysis) => T[]): Steps<T[]> {
  const users = workspace.summaries().filter((s) => s.schemaPath === schema.path && summaryUses(s, key) && s.path !== current?.path);
  const found: T[] = [];
  for (const [index, summary] of users.entries()) {
    const analysis = workspace.analysis(summary.path);
    if (analysis && analysis.schema?.path === schema.path) for (const use of take(analysis)) found.push(use);
    yield { done: index + 1, total: users.length };
  }
  if (current && current.schema?.path === schema.path) for (const use of take(current)) found.push(use);
  return found;
}

/** Where an assessment cites a source: keys in `[@key]` and footnote definitions, and footnote or link citations naming it. */
export function sourceUsesIn(analysis: Analysis, key: string): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const citation of analysis.model.sentences.flatMap((s) => s.citations)) {
    if (citation.key !== key) continue;
    // A link names its source by URL, a footnote by its definition: the `[^n]` mark or link is a use
    // too, though only a written key is renamed.
    if (citation.form !== 'pandoc' || !citation.keySpan) uses.push({ span: citation.span, isKey: false });
    if (citation.keySpan) uses.push({ span: citation.keySpan, isKey: true });
  }
  return uniqueUses(uses);
}

/** Where an assessment mentions an actor by name or alias. */
export function actorUsesIn(analysis: Analysis, key: string): KeyUse[] {
  const spans = analysis.model.sentences.flatMap((s) => s.mentions.filter((m) => m.actorKey === key).map((m) => m.span));
  return uniqueUses(spans.map((span) => ({ span, isKey: false })));
}

/** The `related` entries of the schema that name an actor key. */
export function relatedEntriesNaming(schema: LoadedSchema, key: string): Span[] {
  return [...schema.schema.actors.values()].flatMap((actor) => actor.relatedSpans.filter((_, i) => actor.related[i] === key));
}

/** The span of a target's key in the schema, when the schema defines it. */
export function declarationOf(target: Pick<SymbolTarget, 'kind' | 'key'>, schema: LoadedSchema): Span | undefined {
  const entries = target.kind === 'source' ? schema.schema.sources : schema.schema.actors;
  return entries.get(target.key)?.keySpan;
}

/** A location in the schema file. */
export function schemaLocation(schema: LoadedSchema, span: Span): FileLocation {
  return { path: schema.path, text: schema.text, span };
}

/** Locations ordered by path, then offset, without repeats. */
export function sortLocations(locations: FileLocation[]): FileLocation[] {
  const seen = new Set<string>();
  return locations
    .filter((l) => {
      const id = `${l.path}\u0000${l.span.start}\u0000${l.span.end}`;
      return seen.has(id) ? false : (seen.add(id), true);
    })
    .sort((a, b) => (a.path === b.path ? a.span.start - b.span.start : a.path < b.path ? -1 : 1));
}

function uniqueUses(uses: KeyUse[]): KeyUse[] {
  const byStart = new Map<number, KeyUse>();
  for (const use of uses) if (!byStart.has(use.span.start)) byStart.set(use.span.start, use);
  return [...byStart.values()].sort((a, b) => a.span.start - b.span.start);
}
