import type { Severity } from '../core/diagnostics.js';
import type { CheckedFile, ReportedFinding } from './checked-file.js';
import { displayWidth } from './excerpt.js';
import type { FindingsWriter } from './findings-writer.js';
import { count, describeFindings, describeSourcing, type Summary } from './summary.js';

/** Options of the human-readable output. */
export interface TextOptions {
  /** ANSI colours; on only for a terminal without NO_COLOR. */
  color: boolean;
}

/**
 * Findings grouped by file, each with the line it is on and a caret line under
 * the offending text, then a one-line summary. Files without findings are not
 * listed; the summary still counts them. Each file is written as it comes.
 */
export function textWriter(options: TextOptions): FindingsWriter {
  const paint = painter(options.color);
  return {
    head: () => '',
    file: (file) => (file.findings.length > 0 ? `${formatFile(file, paint)}\n\n` : ''),
    end(summary: Summary) {
      const totals = `${count(summary.files, 'file')}: ${describeFindings(summary)} · ${describeSourcing(summary)}`;
      const summaryColor = summary.errors > 0 ? paint.red : summary.warnings > 0 ? paint.yellow : paint.green;
      return `${summaryColor(totals)}\n`;
    },
  };
}

function formatFile(file: CheckedFile, paint: Painter): string {
  const rows = file.findings;
  const locations = rows.map(({ range }) => `${range.start.line + 1}:${range.start.character + 1}`);
  const locationWidth = Math.max(...locations.map((location) => location.length));
  const severityWidth = Math.max(...rows.map((finding) => finding.severity.length));
  const lines = [paint.bold(paint.underline(file.displayPath))];
  rows.forEach((finding, index) => {
    const location = paint.dim(locations[index].padEnd(locationWidth));
    const severity = paint[severityColor[finding.severity]](finding.severity.padEnd(severityWidth));
    const message = finding.message.replace(/\r?\n/g, '\n' + ' '.repeat(locationWidth + severityWidth + 6));
    lines.push(`  ${location}  ${severity}  ${message}  ${paint.dim(finding.code)}`);
    lines.push(...formatExcerpt(finding, paint));
  });
  return lines.join('\n');
}

function formatExcerpt(finding: ReportedFinding, paint: Painter): string[] {
  const excerpt = finding.excerpt!;
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
