import type { Severity } from '../core/diagnostics.js';
import type { CheckedFile, ReportedFinding } from './checked-file.js';
import type { FindingsWriter } from './findings-writer.js';
import { streamedDocument } from './json-stream.js';

type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * A GitLab Code Quality report (`artifacts: reports: codequality:`): a JSON
 * array of issues with a description, check name, fingerprint, severity and
 * location (path relative to the project root, 1-based lines and columns).
 */
export function gitlabWriter(): FindingsWriter {
  const document = streamedDocument((issues) => issues);
  return {
    head: () => document.head(),
    file: (file) => file.findings.map((finding) => document.element(issue(file, finding))).join(''),
    end: () => `${document.tail()}\n`,
  };
}

/** GitLab's five levels: an error blocks a merge the way `critical` does; info and hint are `info`. */
export function gitlabSeverity(severity: Severity): GitlabSeverity {
  return severity === 'error' ? 'critical' : severity === 'warning' ? 'major' : severity === 'info' ? 'minor' : 'info';
}

// The fingerprint (gitlab-fingerprint.ts) is worked out while the file's text is at hand.
function issue(file: CheckedFile, finding: ReportedFinding) {
  const { range, fingerprint } = finding;
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
