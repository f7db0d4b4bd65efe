import type { DiagnosticCode, Severity } from '../core/diagnostics.js';
import type { Range } from '../core/text/line-index.js';
import type { FindingsWriter } from './findings-writer.js';
import { streamedDocument } from './json-stream.js';
import type { Summary } from './summary.js';

/** The document `--format json` prints (contract §5). */
export interface JsonReport {
  version: 1;
  files: JsonFile[];
  summary: Summary;
}

export interface JsonFile {
  path: string;
  diagnostics: JsonDiagnostic[];
}

export interface JsonDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** 0-based lines, UTF-16 characters, as LSP. */
  range: Range;
}

/** Exactly one JSON document; every checked file is listed, with or without findings, as it comes. */
export function jsonWriter(): FindingsWriter {
  let summary: Summary | undefined;
  const document = streamedDocument((files) => ({ version: 1, files, summary: summary ? { ...summary } : {} }));
  return {
    head: () => document.head(),
    file: (file) => document.element({
      path: file.displayPath,
      diagnostics: file.findings.map((finding): JsonDiagnostic => ({ code: finding.code, severity: finding.severity, message: finding.message, range: finding.range })),
    } satisfies JsonFile),
    end(totals) {
      summary = totals;
      return `${document.tail()}\n`;
    },
  };
}
