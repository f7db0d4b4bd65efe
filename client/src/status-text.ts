// What the status bar item says about one assessment. Pure (no vscode import)
// so the wording can be tested without an editor.
import type { AssessmentStatus } from './protocol.js';

/** The item's text, tooltip and tone for one assessment's last status. */
export interface StatusText {
  text: string;
  tooltip: string;
  tone: 'normal' | 'warning' | 'error';
}

/**
 * Describes a status. `displayPath` turns the server's schema path into what
 * the user should read (a workspace-relative path in VS Code).
 */
export function describeStatus(status: AssessmentStatus, displayPath: (path: string) => string = (p) => p): StatusText {
  if (status.schemaProblem !== undefined) {
    return {
      text: '$(error) Tradecraft: schema problem',
      tooltip: status.schemaProblem,
      tone: 'error',
    };
  }
  if (status.noSchema === true) {
    return {
      text: '$(warning) Tradecraft: no claims-schema.yaml',
      tooltip:
        'No claims schema applies to this assessment, so citations cannot be checked against sources. ' +
        'Put a claims-schema.yaml in its folder or above it, name one with `schema:` in its front matter, ' +
        'or set tradecraft.schemaPath.',
      tone: 'warning',
    };
  }
  const lines = [
    status.assertions === 0
      ? 'No factual assertions found.'
      : `Factual assertions with a source: ${status.sourcedAssertions} of ${status.assertions}.`,
    `Analytic judgments: ${status.judgments}.`,
  ];
  if (status.schemaPath !== undefined) lines.push(`Schema: ${displayPath(status.schemaPath)}`);
  lines.push('Click to list the unsourced assertions.');
  return { text: `$(checklist) ${shortSourcing(status)}`, tooltip: lines.join('\n'), tone: 'normal' };
}

/** `29/33 sourced (88%)`, or `no assertions`. */
export function shortSourcing(status: AssessmentStatus): string {
  if (status.assertions === 0) return 'no assertions';
  return `${status.sourcedAssertions}/${status.assertions} sourced (${sourcedPercent(status)}%)`;
}

/**
 * The share of sourced assertions, rounded, except that it never rounds up to
 * 100% while an assertion is still unsourced.
 */
export function sourcedPercent(status: AssessmentStatus): number {
  const percent = Math.round((100 * status.sourcedAssertions) / status.assertions);
  return status.sourcedAssertions < status.assertions ? Math.min(percent, 99) : percent;
}
