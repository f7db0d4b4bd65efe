import { isAbsolute, relative, sep } from 'node:path';
import type { Finding } from '../core/diagnostics.js';
import type { FileResult } from '../core/service-types.js';
import { LineIndex } from '../core/text/line-index.js';
import type { CheckTarget } from '../node/walk.js';

/** One checked file as every formatter sees it: paths worked out, findings ordered. */
export interface CheckedFile {
  /** The path as given on the command line, joined with what was found below it. */
  displayPath: string;
  /**
   * The path relative to the working folder with forward slashes, as SARIF and
   * GitHub annotations need it; absolute (still with forward slashes) when
   * the file lies outside the working folder.
   */
  portablePath: string;
  insideCwd: boolean;
  /** The schema used, relative to the working folder; undefined when none was found. */
  schemaDisplayPath?: string;
  result: FileResult;
  /** The findings to report, in document order. */
  findings: Finding[];
  lines: LineIndex;
}

/** Wraps a service result for output; `errorsOnly` is `--quiet`. */
export function toCheckedFile(target: CheckTarget, result: FileResult, cwd: string, errorsOnly: boolean): CheckedFile {
  const relativePath = relative(cwd, target.absolutePath);
  const insideCwd = relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath);
  const portable = insideCwd ? relativePath : target.absolutePath;
  const findings = result.findings
    .filter((finding) => !errorsOnly || finding.severity === 'error')
    .sort(compareFindings);
  return {
    displayPath: target.displayPath,
    portablePath: portable.split(sep).join('/'),
    insideCwd,
    schemaDisplayPath: result.schemaPath === undefined ? undefined : relative(cwd, result.schemaPath) || result.schemaPath,
    result,
    findings,
    lines: new LineIndex(result.text),
  };
}

// Document order first; the code breaks ties so that two runs print the same bytes.
function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || compareText(a.code, b.code) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
