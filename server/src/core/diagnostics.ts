import type { Span } from './text/line-index.js';

/** Every diagnostic code Tradecraft reports. Stable: never renamed or reused. */
export const diagnosticCodes = [
  'unsourced-assertion',
  'unattributed-quote',
  'unknown-source',
  'quote-not-in-source',
  'number-not-in-source',
  'nonstandard-estimative',
  'likelihood-with-confidence',
  'judgment-without-confidence',
  'single-source-confidence',
  'weak-source',
  'forecast-without-likelihood',
  'schema-error',
  'source-file-missing',
  'unused-source',
  'unused-suppression',
  'not-checked',
] as const;

export type DiagnosticCode = (typeof diagnosticCodes)[number];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A severity as written in the schema's `rules:`, where `off` silences a code. */
export type SeveritySetting = Severity | 'off';

/** Typed extra data that quick fixes read; never parsed out of messages. */
export type DiagnosticData =
  | { kind: 'nearest-key'; key: string; suggestion?: string }
  | { kind: 'standard-term'; term: string; replacement?: string }
  | { kind: 'source-wording'; sourceKey: string; paragraph: number; excerpt: string; wording: string }
  | { kind: 'unsourced'; sentence: string }
  | { kind: 'unused-source'; key: string }
  | { kind: 'unused-suppression'; unused: string[] | 'all' };

/** One finding in one file, located by offsets into that file's text. */
export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  span: Span;
  data?: DiagnosticData;
}

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return (diagnosticCodes as readonly string[]).includes(value);
}
