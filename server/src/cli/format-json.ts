import type { DiagnosticCode, Severity } from '../core/diagnostics.js';
import type { Range } from '../core/text/line-index.js';
import type { CheckedFile } from './checked-file.js';
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

/** Exactly one JSON document; every checked file is listed, with or without findings. */
export function formatJson(files: readonly CheckedFile[], summary: Summary): string {
  const report: JsonReport = {
    version: 1,
    files: files.map((file) => ({
      path: file.displayPath,
      diagnostics: file.findings.map((finding) => ({
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        range: file.lines.rangeOf(finding.span),
      })),
    })),
    summary: { ...summary },
  };
  return JSON.stringify(report, null, 2) + '\n';
}
