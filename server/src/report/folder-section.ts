// The folder-wide part of the report: coverage per assessment, citations per
// source by Admiralty grade, findings by code, and actors × assessments. Each
// chart is followed by a table of the same numbers.
import type { SourceCitations } from '../core/report/types.js';
import { barChart, matrixChart, type BarDatum } from './charts.js';
import { escapeHtml, table } from './html.js';
import { coverageGroups, gradeOf, reliabilityGroupOf, reliabilityGroups, severityGroups } from './palette.js';
import type { ReportFile } from './types.js';

/** The figures across every file of the run. */
export async function folderSection(files: readonly ReportFile[]): Promise<string> {
  const assessments = files.filter((file) => file.kind === 'assessment');
  const names = shortNames(assessments);
  const charts = await Promise.all([
    coverageFigure(assessments, names),
    citationsFigure(mergedCitations(assessments)),
    findingsFigure(files),
    actorsFigure(assessments, names),
  ]);
  return `<section id="folder" aria-labelledby="folder-title">
<h2 id="folder-title">Across the folder</h2>
<div class="charts">
${charts.join('\n')}
</div>
</section>`;
}

/** A chart with its caption and, folded away, the numbers it draws. */
export function figure(svg: string, caption: string, numbers: string): string {
  return `<figure class="chart">
${svg}
<figcaption>${escapeHtml(caption)}</figcaption>
<details><summary>The numbers</summary>
${numbers}
</details>
</figure>`;
}

/** Assessment names without folders and suffix, as short as stays unique. */
export function shortNames(files: readonly ReportFile[]): Map<ReportFile, string> {
  const short = (file: ReportFile) => file.label.split(/[\\/]/).pop()!.replace(/\.assessment\.md$/, '');
  const taken = new Map<string, number>();
  files.forEach((file) => taken.set(short(file), (taken.get(short(file)) ?? 0) + 1));
  return new Map(files.map((file) => [file, taken.get(short(file))! > 1 ? file.label : short(file)]));
}

async function coverageFigure(files: readonly ReportFile[], names: Map<ReportFile, string>): Promise<string> {
  const data: BarDatum[] = files.flatMap((file) => {
    const { assertions, sourcedAssertions } = file.stats;
    const label = assertions === 0 ? 'no assertions' : `${sourcedAssertions} of ${assertions} sourced`;
    return [
      { row: names.get(file)!, group: 'sourced', value: sourcedAssertions, label },
      { row: names.get(file)!, group: 'unsourced', value: assertions - sourcedAssertions },
    ];
  });
  const svg = await barChart(data, {
    title: 'Coverage per assessment',
    description: 'Checkable facts per assessment, split into those that cite a source and those that cite none.',
    rowTitle: 'assessment',
    axisTitle: 'assertions (checkable facts)',
    legendTitle: 'assertions',
    groups: coverageGroups,
  });
  const rows = files.map((file) => [
    escapeHtml(file.label), String(file.stats.assertions), String(file.stats.sourcedAssertions),
    String(file.stats.assertions - file.stats.sourcedAssertions), String(file.stats.judgments),
  ]);
  return figure(svg, 'Sourced and unsourced assertions in each assessment.', table('numbers coverage', ['Assessment', 'Assertions', 'Sourced', 'Unsourced', 'Judgments'], rows));
}

/** Citations of the same source across assessments, added up. */
function mergedCitations(files: readonly ReportFile[]): SourceCitations[] {
  const merged = new Map<string, SourceCitations>();
  for (const source of files.flatMap((file) => file.figures?.citations ?? [])) {
    const seen = merged.get(source.label);
    if (seen) seen.citations += source.citations;
    else merged.set(source.label, { ...source });
  }
  return [...merged.values()].sort((a, b) => b.citations - a.citations || a.label.localeCompare(b.label));
}

/** Citations per source, coloured by the source's reliability, its grade written beside the bar. */
export async function citationsFigure(sources: readonly SourceCitations[], title = 'Citations per source'): Promise<string> {
  if (sources.length === 0) return `<p class="empty">${escapeHtml(title)}: no citations.</p>`;
  const data = sources.map((source) => ({
    row: source.label, group: reliabilityGroupOf(source), value: source.citations, label: `${gradeOf(source)} · ${source.citations}`,
  }));
  const present = new Set(data.map((d) => d.group));
  const svg = await barChart(data, {
    title,
    description: 'How often each source is cited, coloured by its Admiralty reliability grade; the grade is written beside each bar.',
    rowTitle: 'source',
    axisTitle: 'citations',
    legendTitle: 'reliability',
    groups: reliabilityGroups.filter((g) => present.has(g.name)),
  });
  const rows = sources.map((s) => [escapeHtml(s.label), escapeHtml(gradeOf(s)), s.hasText ? 'yes' : 'no', String(s.citations)]);
  return figure(svg, 'Each bar is one source; its grade (reliability letter, credibility digit) and count stand at its end.', table('numbers citations', ['Source', 'Grade', 'Full text', 'Citations'], rows));
}

/** Findings per code, stacked by severity, with the count beside each bar. */
export async function findingsFigure(files: readonly ReportFile[], title = 'Findings by code'): Promise<string> {
  const counts = new Map<string, Map<string, number>>();
  for (const finding of files.flatMap((file) => file.findings)) {
    const bySeverity = counts.get(finding.code) ?? new Map<string, number>();
    bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1);
    counts.set(finding.code, bySeverity);
  }
  if (counts.size === 0) return `<p class="empty">${escapeHtml(title)}: no findings.</p>`;
  const total = (code: string) => [...counts.get(code)!.values()].reduce((a, b) => a + b, 0);
  const codes = [...counts.keys()].sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  const data = codes.flatMap((code) => [...counts.get(code)!].map(([severity, value], index) => ({
    row: code, group: severity, value, label: index === 0 ? `${total(code)} · ${[...counts.get(code)!.keys()].join(', ')}` : undefined,
  })));
  const present = new Set(data.map((d) => d.group));
  const svg = await barChart(data, {
    title, description: 'How many findings of each code, coloured by severity; the count and severity are written beside each bar.',
    rowTitle: 'code', axisTitle: 'findings', legendTitle: 'severity', groups: severityGroups.filter((g) => present.has(g.name)),
  });
  const rows = codes.flatMap((code) => [...counts.get(code)!].map(([severity, value]) => [`<code>${escapeHtml(code)}</code>`, severity, String(value)]));
  return figure(svg, 'Each bar is one diagnostic code; its count and severity stand at its end.', table('numbers findings', ['Code', 'Severity', 'Findings'], rows));
}

async function actorsFigure(files: readonly ReportFile[], names: Map<ReportFile, string>): Promise<string> {
  const actors = new Map<string, string>();
  files.forEach((file) => file.figures?.actors.forEach((actor) => actors.set(actor.key, actor.name)));
  if (actors.size === 0) return '<p class="empty">Actors × assessments: no actor of the schema is named.</p>';
  const total = (key: string) => files.reduce((sum, file) => sum + (file.figures?.actors.find((a) => a.key === key)?.mentions ?? 0), 0);
  const keys = [...actors.keys()].sort((a, b) => total(b) - total(a) || actors.get(a)!.localeCompare(actors.get(b)!));
  const data = keys.flatMap((key) => files.map((file) => ({
    row: actors.get(key)!, column: names.get(file)!, value: file.figures?.actors.find((a) => a.key === key)?.mentions ?? 0,
  })));
  const svg = await matrixChart(data, {
    title: 'Actors × assessments',
    description: 'How often each actor of the schema is named in each assessment (rows: actors, columns: assessments); every cell shows its count.',
    rowTitle: 'actor', columnTitle: 'assessment',
  });
  const rows = keys.map((key) => [escapeHtml(actors.get(key)!), ...files.map((file) => String(data.find((d) => d.row === actors.get(key) && d.column === names.get(file))!.value))]);
  return figure(svg, 'Mentions of each actor (by name or alias) in each assessment; darker cells, more mentions.', table('numbers actors', ['Actor', ...files.map((f) => escapeHtml(names.get(f)!))], rows));
}
