import type { Severity } from '../core/diagnostics.js';
import type { CheckedFile, ReportedFinding } from './checked-file.js';
import type { FindingsWriter } from './findings-writer.js';

/**
 * GitHub Actions workflow commands, one line per finding, so that findings
 * show as annotations on the pull request:
 * `::error file=a.md,line=5,col=1,endLine=5,endColumn=60,title=code::message`.
 */
export function githubWriter(): FindingsWriter {
  return {
    head: () => '',
    file: (file) => file.findings.map((finding) => `${annotation(file, finding)}\n`).join(''),
    end: () => '',
  };
}

/** The workflow command for a severity; GitHub has no info or hint, so those are notices. */
export function annotationCommand(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

/** Escapes a command's message: `%`, CR and LF would otherwise end or corrupt the command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value, where `:` and `,` also delimit. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(file: CheckedFile, finding: ReportedFinding): string {
  const { range } = finding;
  const properties = [
    ['file', file.portablePath],
    ['line', String(range.start.line + 1)],
    ['col', String(range.start.character + 1)],
    ['endLine', String(range.end.line + 1)],
    ['endColumn', String(range.end.character + 1)],
    ['title', finding.code],
  ].map(([name, value]) => `${name}=${escapeProperty(value)}`);
  return `::${annotationCommand(finding.severity)} ${properties.join(',')}::${escapeData(finding.message)}`;
}
