// One file's part of the report: for an assessment its figures, charts,
// scorecard and findings; for a claims schema its findings.
import type { Finding } from '../core/diagnostics.js';
import type { AssessmentFigures } from '../core/report/types.js';
import { excerptOf } from '../core/text/excerpt.js';
import { LineIndex } from '../core/text/line-index.js';
import { barChart } from './charts.js';
import { citationsFigure, figure, findingsFigure } from './folder-section.js';
import { count, describeSourcing, escapeHtml, table } from './html.js';
import { evidenceList, lineLink } from './lines.js';
import { coverageGroups, judgmentGroups } from './palette.js';
import { scorecardTable } from './scorecard-table.js';
import type { ReportFile, ReportOptions } from './types.js';

/** The section of one file; `index` makes its anchor. */
export async function fileSection(file: ReportFile, index: number, options: ReportOptions): Promise<string> {
  const parts = file.kind === 'assessment' && file.figures ? await assessmentParts(file, file.figures, options) : [];
  return `<section class="file" id="file-${index}" aria-labelledby="file-${index}-title">
<h2 id="file-${index}-title">${escapeHtml(file.label)}</h2>
<p class="facts">${escapeHtml(factsLine(file))}</p>
${parts.join('\n')}
<h3>Findings</h3>
${findingsList(file, options)}
</section>`;
}

function factsLine(file: ReportFile): string {
  if (file.kind === 'schema') return 'claims schema';
  const schema = file.schemaLabel === undefined ? 'no claims schema found' : `schema ${file.schemaLabel}`;
  return `${describeSourcing(file.stats)} · ${count(file.stats.judgments, 'judgment')} · ${schema}`;
}

async function assessmentParts(file: ReportFile, figures: AssessmentFigures, options: ReportOptions): Promise<string[]> {
  const charts = await Promise.all([glanceFigure(figures), citationsFigure(figures.citations), findingsFigure([file])]);
  return [
    `<div class="charts">\n${charts.join('\n')}\n</div>`,
    sentenceList(file, 'Judgments without a confidence level', figures.judgmentsWithoutConfidence, options),
    sentenceList(file, 'Judgments resting on a single source', figures.singleSourceJudgments, options),
    unverifiableList(file, figures, options),
    scorecardTable(file, figures.scorecard, options),
  ];
}

/** Facts sourced or not, judgments with a confidence level or not: two bars. */
async function glanceFigure(figures: AssessmentFigures): Promise<string> {
  const { assertions, sourcedAssertions, judgments, judgmentsWithConfidence } = figures;
  const svg = await barChart([
    { row: 'facts', group: 'sourced', value: sourcedAssertions, label: assertions ? `${sourcedAssertions} of ${assertions} sourced` : 'no assertions' },
    { row: 'facts', group: 'unsourced', value: assertions - sourcedAssertions },
    { row: 'judgments', group: 'with confidence', value: judgmentsWithConfidence, label: judgments ? `${judgmentsWithConfidence} of ${judgments} with confidence` : 'no judgments' },
    { row: 'judgments', group: 'without confidence', value: judgments - judgmentsWithConfidence },
  ], {
    title: 'At a glance',
    description: 'Checkable facts with and without a source, and analytic judgments with and without a confidence level.',
    rowTitle: 'kind', axisTitle: 'sentences', legendTitle: 'sentences', groups: [...coverageGroups, ...judgmentGroups], width: 300,
  });
  const rows = [
    ['Assertions (checkable facts)', String(assertions), `${sourcedAssertions} sourced`],
    ['Judgments', String(judgments), `${judgmentsWithConfidence} with a confidence level`],
  ];
  return figure(svg, 'Facts and judgments of this assessment.', table('numbers glance', ['Sentences', 'Count', 'Of which'], rows));
}

function sentenceList(file: ReportFile, title: string, sentences: AssessmentFigures['judgmentsWithoutConfidence'], options: ReportOptions): string {
  const body = sentences.length === 0 ? '<p class="none">None.</p>' : evidenceList(file, sentences, options);
  return `<h3>${escapeHtml(title)} (${sentences.length})</h3>\n${body}`;
}

function unverifiableList(file: ReportFile, figures: AssessmentFigures, options: ReportOptions): string {
  const items = figures.unverifiableCitations.map((c) => `<li>${lineLink(file, c.sentence.line, c.sentence.character, options)} <code>${escapeHtml(c.label)}</code>: ${escapeHtml(c.reason)} — <q>${escapeHtml(c.sentence.text)}</q></li>`);
  const body = items.length === 0 ? '<p class="none">None: every citation points at a source whose text was read.</p>' : `<ul class="evidence">${items.join('')}</ul>`;
  return `<h3>Citations that cannot be verified (${items.length})</h3>\n${body}`;
}

function findingsList(file: ReportFile, options: ReportOptions): string {
  if (file.findings.length === 0) return '<p class="clean">No findings.</p>';
  const lines = new LineIndex(file.text);
  return `<ol class="findings">\n${file.findings.map((finding) => findingItem(file, finding, lines, options)).join('\n')}\n</ol>`;
}

function findingItem(file: ReportFile, finding: Finding, lines: LineIndex, options: ReportOptions): string {
  const range = lines.rangeOf(finding.span);
  const excerpt = excerptOf(file.text, lines, range);
  const location = lineLink(file, range.start.line, range.start.character, options, `${range.start.line + 1}:${range.start.character + 1}`);
  return `<li class="${finding.severity}">
<div>${location} <span class="severity">${finding.severity}</span> ${escapeHtml(finding.message)} <code>${escapeHtml(finding.code)}</code></div>
<pre><span class="gutter">${excerpt.lineNumber}</span>${escapeHtml(excerpt.before)}<mark>${escapeHtml(excerpt.marked)}</mark>${escapeHtml(excerpt.after)}</pre>
</li>`;
}
