import type { AssessmentSummary } from '../workspace-index.js';
import type { SchemaMentions } from '../mention-tally.js';
import type { Finding } from '../diagnostics.js';
import type { AssessmentModel } from '../model/types.js';
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';

/**
 * One assessment version, analysed once and shared by every feature: its
 * model, the schema in force (with source indexes) and its findings.
 */
export interface Analysis {
  path: string;
  text: string;
  model: AssessmentModel;
  /** The schema path in force (found, named in front matter or given), readable or not. */
  schemaPath?: string;
  /** The schema in force; undefined when none was found or it could not be read. */
  schema?: LoadedSchema;
  /** Why the schema at schemaPath was not even read (it escapes the workspace folder). */
  schemaRefused?: string;
  findings: Finding[];
}

/** A place in some file, with that file's text so the adapter can turn offsets into positions. */
export interface FileLocation {
  path: string;
  text: string;
  span: Span;
}

/** A replacement of one span of a file's text. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** The edits to one file, with the text they apply to. */
export interface FileEdits {
  path: string;
  text: string;
  edits: TextEdit[];
}

/** The assessments of the workspace, for references, rename and mention counts. */
export interface WorkspaceAssessments {
  /** What the workspace index holds of each assessment: no disk walk, no parse. */
  summaries(): AssessmentSummary[];
  /** How many of the summaries of a schema's assessments there are, and how many mention each actor: kept, not counted per call. */
  mentions(schemaPath: string): SchemaMentions;
  /** One assessment's full analysis: held, or read and analysed again. */
  analysis(path: string): Analysis | undefined;
}

/** Markdown text for a hover card, and the span it describes. */
export interface HoverCard {
  markdown: string;
  span: Span;
}

export type CompletionKind = 'source' | 'locator' | 'actor' | 'term' | 'confidence' | 'code';

/** One completion item; `span` is the text it replaces. */
export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** A short line shown beside the label, e.g. a source's title and date. */
  detail?: string;
  /** A longer Markdown description. */
  documentation?: string;
  insertText: string;
  span: Span;
  /** Sorts entries within the list; lower first. */
  sortText?: string;
  /** Extra words the client may match on (an actor's name for its alias). */
  filterText?: string;
}

/** A symbol of an assessment outline or of the workspace. */
export interface SymbolEntry {
  name: string;
  kind: 'heading' | 'key-judgment' | 'actor' | 'source';
  detail?: string;
  location: FileLocation;
  /** The span of the name itself, inside the location. */
  selection: Span;
  children: SymbolEntry[];
}

/** A code action: a title, the edits it makes, and what kind it is. */
export interface CodeActionEntry {
  title: string;
  kind: 'quickfix' | 'quickfix.tradecraft.cite' | 'refactor';
  edits: FileEdits[];
  /** The finding it fixes, when it fixes one. */
  fixes?: Finding;
  isPreferred?: boolean;
}

/** A code lens: a title and what clicking it does (the adapter maps it to a command). */
export interface CodeLensEntry {
  span: Span;
  title: string;
  action: 'list-unsourced';
}
