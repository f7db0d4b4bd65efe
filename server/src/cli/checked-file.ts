import { isAbsolute, relative, sep } from 'node:path';
import type { DiagnosticCode, Finding, Severity } from '../core/diagnostics.js';
import type { FileResult, SourcingStats } from '../core/service-types.js';
import { excerptOf, type Excerpt } from '../core/text/excerpt.js';
import { LineIndex, type Range } from '../core/text/line-index.js';
import type { CheckTarget } from '../node/walk.js';
import { gitlabFingerprints } from './gitlab-fingerprint.js';

/**
 * One finding as the formatters print it: where it is in lines and columns,
 * and what of the file's text a format needs (the text format's excerpt,
 * GitLab's fingerprint), worked out while the text is at hand so that the
 * text itself need not be kept.
 */
export interface ReportedFinding {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** 0-based lines, UTF-16 characters, as LSP. */
  range: Range;
  excerpt?: Excerpt;
  fingerprint?: string;
}

/**
 * One checked file as every formatter sees it: paths worked out, findings
 * ordered. Small on purpose: a run of ten thousand files may hold many of
 * these while an earlier file is still being checked.
 */
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
  kind: FileResult['kind'];
  stats: SourcingStats;
  /** The findings to report, in document order. */
  findings: ReportedFinding[];
  /** The whole result (text, spans, figures), kept only for the report page. */
  result?: FileResult;
}

/** What of a file's text the output needs besides ranges. */
export interface OutputNeeds {
  /** `--quiet`: errors only. */
  errorsOnly: boolean;
  /** The text format's excerpt under each finding. */
  excerpts?: boolean;
  /** GitLab's fingerprints, which hash the flagged text. */
  fingerprints?: boolean;
  /** Keep the whole result (`tradecraft report`). */
  keepResult?: boolean;
}

/** Wraps a service result for output. */
export function toCheckedFile(target: CheckTarget, result: FileResult, cwd: string, needs: OutputNeeds): CheckedFile {
  const relativePath = relative(cwd, target.absolutePath);
  const insideCwd = relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath);
  const portable = (insideCwd ? relativePath : target.absolutePath).split(sep).join('/');
  const findings = result.findings.filter((finding) => !needs.errorsOnly || finding.severity === 'error').sort(compareFindings);
  const lines = new LineIndex(result.text);
  const fingerprints = needs.fingerprints ? gitlabFingerprints(portable, result.text, findings) : [];
  return {
    displayPath: target.displayPath,
    portablePath: portable,
    insideCwd,
    schemaDisplayPath: result.schemaPath === undefined ? undefined : relative(cwd, result.schemaPath) || result.schemaPath,
    kind: result.kind,
    stats: result.stats,
    findings: findings.map((finding, index) => {
      const range = lines.rangeOf(finding.span);
      const reported: ReportedFinding = { code: finding.code, severity: finding.severity, message: finding.message, range };
      if (needs.excerpts) reported.excerpt = excerptOf(result.text, lines, range);
      if (needs.fingerprints) reported.fingerprint = fingerprints[index];
      return reported;
    }),
    ...(needs.keepResult ? { result: { ...result, findings } } : {}),
  };
}

// Document order first; the code breaks ties so that two runs print the same bytes.
function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || compareText(a.code, b.code) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
