import type { Finding } from '../core/diagnostics.js';
import type { AssessmentFigures } from '../core/report/types.js';
import type { SourcingStats } from '../core/service-types.js';

/** One checked file as the report shows it; the CLI and the language server each make these from their results. */
export interface ReportFile {
  /** The path as the reader knows it (as given on the command line, or relative to the workspace). */
  label: string;
  kind: 'assessment' | 'schema';
  /** The schema used, as the reader knows it; undefined when none was found. */
  schemaLabel?: string;
  text: string;
  /** The findings to show, in document order. */
  findings: Finding[];
  stats: SourcingStats;
  figures?: AssessmentFigures;
  /** In the editor's view: what a click on a line of this file opens (its URI). Absent in the file the CLI writes. */
  target?: string;
}

/** How the page is made: the CLI's file needs nothing; the editor's view makes lines clickable. */
export interface ReportOptions {
  /** Adds `data-target`/`data-line` to findings and evidence, for the view's script. */
  clickableLines?: boolean;
}
