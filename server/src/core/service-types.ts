import type { Finding } from './diagnostics.js';
import type { ModelContext } from './model/build-model.js';
import type { CheckLimits } from './model/limits.js';
import type { SeverityOverrides } from './rules/index.js';
import type { ClaimsSchema } from './schema/types.js';
import type { SourceIndex } from './sources/types.js';
import type { AssessmentFigures } from './report/types.js';

/** Sourcing figures of one assessment, for summaries and the code lens. */
export interface SourcingStats {
  assertions: number;
  sourcedAssertions: number;
  judgments: number;
}

/** The result of checking one file: its text (for ranges and excerpts) and its findings. */
export interface FileResult {
  path: string;
  kind: 'assessment' | 'schema';
  text: string;
  findings: Finding[];
  stats: SourcingStats;
  /** The schema used, or undefined when none was found above the file. */
  schemaPath?: string;
  /** Why the schema named in front matter (or found, or given) could not be used. */
  schemaProblem?: string;
  /** The schema and source files this check read: a change to one of them calls for checking the file again. */
  dependencies: string[];
  /** The sourcing report's figures, when asked for (`CheckOptions.withFigures`). */
  figures?: AssessmentFigures;
  /** The schema keys an assessment cites (empty for a schema), for `unused-source`. */
  citedKeys: string[];
}

/** A source file's path and text, as read for the schema version that names it. */
export interface SourceFile {
  path: string;
  text: string;
}

/** A schema with its source texts indexed, rebuilt only when its text changes. */
export interface LoadedSchema {
  path: string;
  text: string;
  schema: ClaimsSchema;
  /** The readable source files by source key. */
  sourceFiles: Map<string, SourceFile>;
  sourceIndexes: Map<string, SourceIndex>;
  /** What the model needs from this schema, built once per schema version. */
  modelContext: ModelContext;
  /** Set when this is the last good version, served while the file itself has a YAML syntax error: says so. */
  stale?: string;
}

/** How one document is checked: settings of the surface (CLI flags, editor settings). */
export interface CheckOptions {
  /** Overrides schema discovery (CLI `--schema`, the editor's `tradecraft.schemaPath`). */
  schemaPath?: string;
  /**
   * The folder a front matter `schema:` must stay inside (the editor's
   * workspace folder, the CLI's working folder); undefined: no such check.
   */
  workspaceRoot?: string;
  /** Severities on top of the schema's `rules:`. */
  severity?: SeverityOverrides;
  /** Also compute the sourcing report's figures from the same analysis (`tradecraft report`, the report view). */
  withFigures?: boolean;
  /** Report suppression comments that silence nothing (`unused-suppression`): always in the editor, on request in the CLI. */
  reportUnusedSuppressions?: boolean;
  /** For a schema: every key its assessments cite, which adds `unused-source`; undefined when none is known to use it. */
  citedKeys?: ReadonlySet<string>;
  /** How hover cards link `¶n` to a source paragraph: a VS Code command, or a `file:` URI (the default). */
  paragraphLinks?: 'command' | 'file';
  /** Size and time limits of a check (the editor's defaults keep typing smooth; the CLI sets none). */
  limits?: CheckLimits;
  /** An open buffer the analyst edits: its parse tree is kept from its first check on, so the first keystroke re-parses only the blocks it touched. */
  editing?: boolean;
}
