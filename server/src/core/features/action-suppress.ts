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
    action(`Suppress ${finding.code} on this line`, lineStart, `${indent}<!-- tradecraft-disable-next-line ${finding.code} -->\n`),
    action(`Suppress ${finding.code} in this file`, fileStart, `<!-- tradecraft-disable-file ${finding.code} -->\n${fileStart > 0 ? '' : '\n'}`),
  ];
}

/** Where a file-wide comment goes: after the front matter (which must stay first), else at the top. */
function afterFrontMatter(analysis: Analysis): number {
  const span = analysis.model.frontMatter.span;
  if (!span) return 0;
  const lineEnd = analysis.text.indexOf('\n', span.end);
  return lineEnd < 0 ? analysis.text.length : lineEnd + 1;
}
