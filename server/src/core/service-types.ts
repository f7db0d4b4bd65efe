import type { Finding } from './diagnostics.js';

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
}
