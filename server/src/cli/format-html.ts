import type { Finding } from '../core/diagnostics.js';
import type { CheckedFile } from './checked-file.js';
import { excerptOf } from './excerpt.js';
import { count, describeFindings, describeSourcing, summarize, type Summary } from './summary.js';
import { toolName, toolVersion } from '../tool-info.js';

/**
 * A self-contained HTML page: the run's summary, a table of files with their
 * sourcing figures, then each file's findings with the offending line.
 * Everything taken from files is escaped; the page loads nothing.
 */
export function formatHtml(files: readonly CheckedFile[], summary: Summary): string {
  const body = [
    `<h1>Tradecraft report</h1>`,
    `<p class="summary">${escapeHtml(`${count(summary.files, 'file')}: ${describeFindings(summary)} · ${describeSourcing(summary)}`)}</p>`,
    fileTable(files),
    ...files.map((file, index) => fileSection(file, index)),
    `<footer>${escapeHtml(`${toolName} ${toolVersion}`)}</footer>`,
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tradecraft report</title>
<style>${styles}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/** Escapes text for element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function fileTable(files: readonly CheckedFile[]): string {
  const rows = files.map((file, index) => {
    const own = summarize([file]);
    const cells = [
      `<a href="#file-${index}">${escapeHtml(file.displayPath)}</a>`,
      String(own.errors), String(own.warnings), String(own.infos + own.hints),
      escapeHtml(file.result.kind === 'schema' ? '—' : describeSourcing(own)),
    ];
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  });
  return `<table class="files">
<thead><tr><th>File</th><th>Errors</th><th>Warnings</th><th>Notes</th><th>Sourcing</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function fileSection(file: CheckedFile, index: number): string {
  const facts = file.result.kind === 'schema' ? 'claims schema' : sourcingLine(file);
  const findings = file.findings.length === 0
    ? '<p class="clean">No findings.</p>'
    : `<ol class="findings">\n${file.findings.map((finding) => findingItem(file, finding)).join('\n')}\n</ol>`;
  return `<section id="file-${index}">
<h2>${escapeHtml(file.displayPath)}</h2>
<p class="facts">${escapeHtml(facts)}</p>
${findings}
</section>`;
}

function sourcingLine(file: CheckedFile): string {
  const schema = file.schemaDisplayPath === undefined ? 'no claims schema found' : `schema ${file.schemaDisplayPath}`;
  return `${describeSourcing(file.result.stats)} · ${count(file.result.stats.judgments, 'judgment')} · ${schema}`;
}

function findingItem(file: CheckedFile, finding: Finding): string {
  const range = file.lines.rangeOf(finding.span);
  const excerpt = excerptOf(file.result.text, file.lines, range);
  const location = `${range.start.line + 1}:${range.start.character + 1}`;
  return `<li class="${finding.severity}">
<div><span class="location">${location}</span> <span class="severity">${finding.severity}</span> ${escapeHtml(finding.message)} <code>${escapeHtml(finding.code)}</code></div>
<pre><span class="gutter">${excerpt.lineNumber}</span>${escapeHtml(excerpt.before)}<mark>${escapeHtml(excerpt.marked)}</mark>${escapeHtml(excerpt.after)}</pre>
</li>`;
}

const styles = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
.summary { font-weight: 600; }
table.files { border-collapse: collapse; width: 100%; }
table.files th, table.files td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #eaeef2; }
.facts { color: #59636e; margin: .25rem 0 .75rem; }
ol.findings { padding-left: 1.5rem; }
ol.findings li { margin-bottom: .8rem; }
.location { color: #59636e; font-variant-numeric: tabular-nums; }
.severity { font-weight: 600; text-transform: uppercase; font-size: .75rem; padding: 0 .3rem; border-radius: 3px; }
li.error .severity { background: #ffebe9; color: #cf222e; } li.warning .severity { background: #fff8c5; color: #9a6700; }
li.info .severity, li.hint .severity { background: #ddf4ff; color: #0969da; }
pre { background: #f6f8fa; padding: .4rem .6rem; overflow-x: auto; margin: .3rem 0 0; white-space: pre-wrap; }
.gutter { color: #8c959f; margin-right: .8rem; user-select: none; }
mark { background: #fff1a8; }
li.error mark { background: #ffd7d5; }
code { font-size: .85em; color: #59636e; }
footer { margin-top: 3rem; color: #8c959f; font-size: .85rem; }
`;
