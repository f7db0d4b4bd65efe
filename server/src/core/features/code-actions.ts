import type { Span } from '../text/line-index.js';
import { addAliasActions } from './action-add-alias.js';
import { citeSourceActions } from './action-cite-source.js';
import { fixFinding } from './action-fixes.js';
import { removeSuppressionActions } from './action-remove-suppression.js';
import { suppressActions } from './action-suppress.js';
import type { Analysis, CodeActionEntry } from './types.js';

/**
 * The code actions for a span of an assessment: a fix for each finding there
 * that has one, "cite a source" for the sentence there, "add as alias" for a
 * selected name, and "suppress" for each finding.
 */
export function codeActionsAt(analysis: Analysis, span: Span, only?: string[]): CodeActionEntry[] {
  const findings = analysis.findings.filter((f) => overlaps(f.span, span));
  const wanted = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  // Asked for by name ("cite a source at the cursor"), citing is offered for any sentence;
  // otherwise only where a source is missing, so not every sentence shows a light bulb.
  const citeAnySentence = only?.includes(citeKind) === true;
  return [
    ...findings.flatMap((finding) => fixFinding(analysis, finding)),
    ...findings.flatMap((finding) => removeSuppressionActions(analysis, finding)),
    ...citeSourceActions(analysis, span, citeAnySentence),
    ...addAliasActions(analysis, span),
    ...findings.filter((finding) => finding.code !== 'unused-suppression').flatMap((finding) => suppressActions(analysis, finding)),
  ].filter((action) => wanted(action.kind));
}

const citeKind = 'quickfix.tradecraft.cite';

/** Whether a finding touches the requested span (a cursor counts when it sits inside or at an edge). */
function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

