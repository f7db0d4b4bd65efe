// "Remove unused suppression": the quick fix of `unused-suppression`.
import type { Finding } from '../diagnostics.js';
import type { Analysis, CodeActionEntry } from './types.js';

/** Removes the comment (with the line it stood on alone), or drops the codes it no longer needs. */
export function removeSuppressionActions(analysis: Analysis, finding: Finding): CodeActionEntry[] {
  if (finding.data?.kind !== 'unused-suppression') return [];
  const directive = analysis.model.suppressions.directives.find((d) => d.span.start === finding.span.start);
  if (!directive) return [];
  const unused = finding.data.unused;
  const kept = directive.codes === 'all' || unused === 'all' ? [] : directive.codes.filter((code) => !unused.includes(code));
  const edit = kept.length === 0
    ? { span: wholeComment(analysis.text, finding.span), newText: '' }
    : { span: finding.span, newText: `<!-- tradecraft-${directive.kind} ${kept.join(', ')} -->` };
  const title = kept.length === 0 ? 'Remove unused suppression' : `Remove ${unused === 'all' ? '' : unused.join(', ')} from the suppression`;
  return [{ title, kind: 'quickfix', fixes: finding, isPreferred: true, edits: [{ path: analysis.path, text: analysis.text, edits: [edit] }] }];
}

/** The comment and the space before it; its whole line when nothing else stands on it. */
function wholeComment(text: string, span: { start: number; end: number }) {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const before = text.slice(lineStart, span.start);
  const after = text.slice(span.end, lineEnd);
  if (before.trim() === '' && after.trim() === '') return { start: lineStart, end: lineEnd };
  return { start: span.start - (before.length - before.trimEnd().length), end: span.end };
}
