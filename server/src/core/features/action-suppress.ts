import type { Finding } from '../diagnostics.js';
import { LineIndex } from '../text/line-index.js';
import type { Analysis, CodeActionEntry } from './types.js';

/** "Suppress on this line" and "suppress in this file" for one finding, as comments Markdown renders invisibly. */
export function suppressActions(analysis: Analysis, finding: Finding): CodeActionEntry[] {
  const lines = new LineIndex(analysis.text);
  const line = lines.positionAt(finding.span.start).line;
  const lineStart = lines.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(analysis.text.slice(lineStart))![0];
  const fileStart = afterFrontMatter(analysis);
  const action = (title: string, at: number, newText: string): CodeActionEntry => ({
    title, kind: 'quickfix', fixes: finding, edits: [{ path: analysis.path, text: analysis.text, edits: [{ span: { start: at, end: at }, newText }] }],
  });
  return [
    ...endOfLineAction(analysis, finding, lines, action),
    action(`Suppress ${finding.code} on this line`, lineStart, `${indent}<!-- tradecraft-disable-next-line ${finding.code} -->\n`),
    action(`Suppress ${finding.code} in this file`, fileStart, `<!-- tradecraft-disable-file ${finding.code} -->\n${fileStart > 0 ? '' : '\n'}`),
  ];
}

/**
 * `<!-- tradecraft-disable-line CODE -->` at the end of the line where the
 * finding ends, where a reader sees it beside the sentence. Not in a table
 * row, where text after the last pipe would become a new cell.
 */
function endOfLineAction(
  analysis: Analysis, finding: Finding, lines: LineIndex, action: (title: string, at: number, newText: string) => CodeActionEntry,
): CodeActionEntry[] {
  const line = lines.positionAt(Math.max(finding.span.start, finding.span.end - 1)).line;
  const start = lines.offsetAt({ line, character: 0 });
  const text = analysis.text.slice(start, lines.offsetAt({ line: line + 1, character: 0 })).replace(/\r?\n$/, '');
  if (text.trimStart().startsWith('|')) return [];
  const end = start + text.trimEnd().length;
  return [action(`Suppress ${finding.code} at the end of this line`, end, ` <!-- tradecraft-disable-line ${finding.code} -->`)];
}

/** Where a file-wide comment goes: after the front matter (which must stay first), else at the top. */
function afterFrontMatter(analysis: Analysis): number {
  const span = analysis.model.frontMatter.span;
  if (!span) return 0;
  const lineEnd = analysis.text.indexOf('\n', span.end);
  return lineEnd < 0 ? analysis.text.length : lineEnd + 1;
}
