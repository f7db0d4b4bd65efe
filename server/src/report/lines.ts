// How the report shows a place in a file: "line 12" as text in the CLI's file,
// and in the editor's view a button the view's script turns into "reveal".
import type { Evidence } from '../core/report/types.js';
import { escapeHtml } from './html.js';
import type { ReportFile, ReportOptions } from './types.js';

/** "line 12" (1-based), clickable in the editor's view. */
export function lineLink(file: ReportFile, line: number, character: number, options: ReportOptions, text = `line ${line + 1}`): string {
  if (!options.clickableLines || file.target === undefined) return `<span class="line">${escapeHtml(text)}</span>`;
  const data = `data-target="${escapeHtml(file.target)}" data-line="${line}" data-character="${character}"`;
  return `<button type="button" class="line reveal" ${data} title="Show ${escapeHtml(text)} of ${escapeHtml(file.label)} in the editor">${escapeHtml(text)}</button>`;
}

/** A list of sentences with their lines; `more` says how many were left out. */
export function evidenceList(file: ReportFile, sentences: readonly Evidence[], options: ReportOptions, total = sentences.length): string {
  const items = sentences.map((s) => `<li>${lineLink(file, s.line, s.character, options)} <q>${escapeHtml(s.text)}</q></li>`);
  const more = total > sentences.length ? `<li class="more">and ${total - sentences.length} more</li>` : '';
  return `<ul class="evidence">${items.join('')}${more}</ul>`;
}
