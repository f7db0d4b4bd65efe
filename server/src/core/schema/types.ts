import type { DiagnosticCode, SeveritySetting } from '../diagnostics.js';
import type { Span } from '../text/line-index.js';

export type ActorKind = 'state' | 'person' | 'organization' | 'group' | 'place' | 'other';

export type Vocabulary = 'icd-203' | 'phia';

export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

/** A source analysts may cite, keyed by the name citations use. */
export interface SourceEntry {
  key: string;
  title?: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** The `file:` as written, relative to the schema. */
  file?: string;
  /** Span of the `file:` value, where `source-file-missing` is reported. */
  fileSpan?: Span;
  reliability?: Reliability;
  credibility?: Credibility;
  /** Span of the key in the schema file, for definition and rename. */
  keySpan: Span;
}

/** A key actor with the names analysts use for it. */
export interface ActorEntry {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  aliasSpans: Span[];
  note?: string;
  related: string[];
  relatedSpans: Span[];
  keySpan: Span;
  /** Span of the `aliases` sequence, for the "add alias" edit. */
  aliasesSpan?: Span;
}

/** A problem found in the schema file, at its YAML node. */
export interface SchemaProblem {
  code: Extract<DiagnosticCode, 'schema-error' | 'source-file-missing'>;
  message: string;
  span: Span;
}

/** The valid parts of a claims schema, plus what was wrong with the rest. */
export interface ClaimsSchema {
  version: number;
  estimative: Vocabulary;
  sources: Map<string, SourceEntry>;
  actors: Map<string, ActorEntry>;
  rules: Partial<Record<DiagnosticCode, SeveritySetting>>;
  problems: SchemaProblem[];
  /** How many problems are YAML syntax errors (the rest is about content). */
  syntaxErrors?: number;
}
