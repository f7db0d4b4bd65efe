import type { Finding, Severity } from '../core/diagnostics.js';
import type { Range } from '../core/text/line-index.js';
import type { CheckedFile } from './checked-file.js';
import { displayWidth, excerptOf } from './excerpt.js';
import { count, describeFindings, describeSourcing, type Summary } from './summary.js';

/** Options of the human-readable output. */
export interface TextOptions {
  /** ANSI colours; on only for a terminal without NO_COLOR. */
  color: boolean;
}

/**
 * Findings grouped by file, each with the line it is on and a caret line under
 * the offending text, then a one-line summary. Files without findings are not
 * listed; the summary still counts them.
 */
export function formatText(files: readonly CheckedFile[], summary: Summary, options: TextOptions): string {
  const paint = painter(options.color);
  const blocks = files.filter((file) => file.findings.length > 0).map((file) => formatFile(file, paint));
  const totals = `${count(summary.files, 'file')}: ${describeFindings(summary)} · ${describeSourcing(summary)}`;
  const summaryColor = summary.errors > 0 ? paint.red : summary.warnings > 0 ? paint.yellow : paint.green;
  return [...blocks, summaryColor(totals)].join('\n\n') + '\n';
}

function formatFile(file: CheckedFile, paint: Painter): string {
  const rows = file.findings.map((finding) => ({ finding, range: file.lines.rangeOf(finding.span) }));
  const locations = rows.map(({ range }) => `${range.start.line + 1}:${range.start.character + 1}`);
  const locationWidth = Math.max(...locations.map((location) => location.length));
  const severityWidth = Math.max(...rows.map(({ finding }) => finding.severity.length));
  const lines = [paint.bold(paint.underline(file.displayPath))];
  rows.forEach(({ finding, range }, index) => {
    const location = paint.dim(locations[index].padEnd(locationWidth));
    const severity = paint[severityColor[finding.severity]](finding.severity.padEnd(severityWidth));
    const message = finding.message.replace(/\r?\n/g, '\n' + ' '.repeat(locationWidth + severityWidth + 6));
    lines.push(`  ${location}  ${severity}  ${message}  ${paint.dim(finding.code)}`);
    lines.push(...formatExcerpt(file, finding, range, paint));
  });
  return lines.join('\n');
}

function formatExcerpt(file: CheckedFile, finding: Finding, range: Range, paint: Painter): string[] {
  const excerpt = excerptOf(file.result.text, file.lines, range);
  const gutter = String(excerpt.lineNumber);
  const colour = paint[severityColor[finding.severity]];
  const carets = '^'.repeat(Math.max(1, displayWidth(excerpt.marked)));
  return [
    `    ${paint.dim(`${gutter} |`)} ${excerpt.before}${colour(excerpt.marked)}${excerpt.after}`,
    `    ${paint.dim(`${' '.repeat(gutter.length)} |`)} ${' '.repeat(displayWidth(excerpt.before))}${colour(carets)}`,
  ];
}

type Colour = 'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold' | 'underline';
type Painter = Record<Colour, (text: string) => string>;

const severityColor: Record<Severity, Colour> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'dim' };

const ansiCodes: Record<Colour, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

function painter(enabled: boolean): Painter {
  const paint = {} as Painter;
  for (const [name, [open, close]] of Object.entries(ansiCodes) as [Colour, [number, number]][]) {
    paint[name] = enabled ? (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`) : (text) => text;
  }
  return paint;
}
