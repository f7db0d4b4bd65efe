import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../core/diagnostics.js';
import type { CheckedFile } from './checked-file.js';

type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * A GitLab Code Quality report (`artifacts: reports: codequality:`): a JSON
 * array of issues with a description, check name, fingerprint, severity and
 * location (path relative to the project root, 1-based lines and columns).
 */
export function formatGitlab(files: readonly CheckedFile[]): string {
  const issues = files.flatMap((file) => fingerprinted(file).map(({ finding, fingerprint }) => issue(file, finding, fingerprint)));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/** GitLab's five levels: an error blocks a merge the way `critical` does; info and hint are `info`. */
export function gitlabSeverity(severity: Severity): GitlabSeverity {
  return severity === 'error' ? 'critical' : severity === 'warning' ? 'major' : severity === 'info' ? 'minor' : 'info';
}

function issue(file: CheckedFile, finding: Finding, fingerprint: string) {
  const range = file.lines.rangeOf(finding.span);
  return {
    type: 'issue',
    description: finding.message,
    check_name: finding.code,
    categories: ['Style'],
    fingerprint,
    severity: gitlabSeverity(finding.severity),
    location: {
      path: file.portablePath,
      positions: {
        begin: { line: range.start.line + 1, column: range.start.character + 1 },
        end: { line: range.end.line + 1, column: range.end.character + 1 },
      },
    },
  };
}

/**
 * GitLab compares fingerprints between the branch and its target to show
 * what is new, so a fingerprint must survive edits elsewhere in the file: it
 * hashes the path, the code and the offending text (not its line), with a
 * counter for the same text flagged twice.
 */
function fingerprinted(file: CheckedFile): Array<{ finding: Finding; fingerprint: string }> {
  const seen = new Map<string, number>();
  return file.findings.map((finding) => {
    const basis = `${file.portablePath}\u0000${finding.code}\u0000${file.result.text.slice(finding.span.start, finding.span.end)}`;
    const count = seen.get(basis) ?? 0;
    seen.set(basis, count + 1);
    return { finding, fingerprint: createHash('md5').update(`${basis}\u0000${count}`).digest('hex') };
  });
}
