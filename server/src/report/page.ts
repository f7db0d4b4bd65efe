// The sourcing report: a summary, a table of files, the folder-wide charts,
// then each file's section. The CLI writes it as one self-contained page (no
// script, nothing loaded); the editor's view puts the same parts into a
// webview under its own content security policy.
import { toolName, toolVersion } from '../tool-info.js';
import { fileSection } from './assessment-section.js';
import { folderSection } from './folder-section.js';
import { count, describeSourcing, escapeHtml, table } from './html.js';
import { reportStyles } from './styles.js';
import type { ReportFile, ReportOptions } from './types.js';

export type { ReportFile, ReportOptions } from './types.js';

/** The report in parts, for a host that builds its own page around them (the webview). */
export interface ReportParts {
  title: string;
  styles: string;
  body: string;
}

/** Totals of a run: the same figures as the CLI's JSON `summary`, added up here from the files. */
export interface ReportTotals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  assertions: number;
  sourcedAssertions: number;
}

export async function renderReportParts(files: readonly ReportFile[], options: ReportOptions = {}): Promise<ReportParts> {
  const totals = totalsOf(files);
  const sections = await Promise.all(files.map((file, index) => fileSection(file, index, options)));
  const body = [
    `<header><h1>Tradecraft sourcing report</h1>`,
    `<p class="summary">${escapeHtml(`${count(totals.files, 'file')}: ${describeFindings(totals)} · ${describeSourcing(totals)}`)}</p></header>`,
    `<main>`,
    await folderSection(files),
    filesTable(files),
    ...sections,
    `</main>`,
    `<footer>${escapeHtml(`${toolName} ${toolVersion}`)}</footer>`,
  ].join('\n');
  return { title: 'Tradecraft sourcing report', styles: reportStyles, body };
}

/** One self-contained HTML page: inline styles and SVG, no script, nothing loaded. */
export async function renderReportPage(files: readonly ReportFile[]): Promise<string> {
  const parts = await renderReportParts(files);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style>${parts.styles}</style>
</head>
<body>
${parts.body}
</body>
</html>
`;
}

export function totalsOf(files: readonly ReportFile[]): ReportTotals {
  const totals: ReportTotals = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0, assertions: 0, sourcedAssertions: 0 };
  for (const file of files) {
    totals.errors += file.findings.filter((f) => f.severity === 'error').length;
    totals.warnings += file.findings.filter((f) => f.severity === 'warning').length;
    totals.infos += file.findings.filter((f) => f.severity === 'info').length;
    totals.hints += file.findings.filter((f) => f.severity === 'hint').length;
    totals.assertions += file.stats.assertions;
    totals.sourcedAssertions += file.stats.sourcedAssertions;
  }
  return totals;
}

function describeFindings(totals: ReportTotals): string {
  if (totals.errors + totals.warnings + totals.infos + totals.hints === 0) return 'no problems';
  const optional = [count(totals.infos, 'info'), count(totals.hints, 'hint')].filter((part) => !part.startsWith('0 '));
  return [count(totals.errors, 'error'), count(totals.warnings, 'warning'), ...optional].join(', ');
}

function filesTable(files: readonly ReportFile[]): string {
  const rows = files.map((file, index) => {
    const severities = ['error', 'warning'].map((s) => String(file.findings.filter((f) => f.severity === s).length));
    const notes = String(file.findings.filter((f) => f.severity === 'info' || f.severity === 'hint').length);
    const judgments = file.figures ? `${file.figures.judgments} (${file.figures.judgmentsWithConfidence} with confidence)` : '—';
    return [`<a href="#file-${index}">${escapeHtml(file.label)}</a>`, ...severities, notes, file.kind === 'schema' ? '—' : escapeHtml(describeSourcing(file.stats)), judgments];
  });
  return table('files', ['File', 'Errors', 'Warnings', 'Notes', 'Sourcing', 'Judgments'], rows, 'Files checked');
}
