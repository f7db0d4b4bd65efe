// The report's charts: Vega-Lite specifications rendered to SVG strings by
// Vega's headless view, in Node, with no browser and no canvas. Every chart
// carries its numbers as text on the marks and a title and description that
// screen readers announce, so colour is never the only carrier.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { estimateTextWidth } from './text-width.js';

/** One bar (or one segment of a stacked bar). */
export interface BarDatum {
  /** The row the bar stands in (an assessment, a source, a code). */
  row: string;
  /** What the colour encodes (a grade, a severity, sourced or not). */
  group: string;
  value: number;
  /** The text drawn at the end of the row, e.g. `B2 · 7` or `28 of 33 sourced`. */
  label?: string;
}

/** A chart's words and colours. */
export interface BarChartOptions {
  title: string;
  /** Read by screen readers as the chart's description. */
  description: string;
  /** What a row is (`assessment`, `source`, `code`): named in each bar's spoken label, not drawn. */
  rowTitle: string;
  axisTitle: string;
  legendTitle: string;
  /** The colour groups in legend order, with their colours. */
  groups: readonly { name: string; colour: string }[];
  width?: number;
}

/** A cell of a matrix chart (actors × assessments). */
export interface MatrixDatum {
  row: string;
  column: string;
  value: number;
}

let textMeasureInstalled = false;

/** Horizontal bars, stacked by group, with each row's label at its end. */
export function barChart(data: readonly BarDatum[], options: BarChartOptions): Promise<string> {
  const rows = [...new Set(data.map((d) => d.row))];
  const labels = rows.map((row) => ({ row, label: data.find((d) => d.row === row && d.label)?.label ?? '', total: sum(data.filter((d) => d.row === row)) }));
  const spec: TopLevelSpec = {
    ...frame(options.title, options.description, options.width ?? 340, Math.max(1, rows.length) * 26),
    encoding: { y: { field: 'row', type: 'nominal', sort: rows, title: options.rowTitle, axis: { title: null, labelLimit: 260, labelFontSize: 12 } } },
    layer: [
      {
        data: { values: data.filter((d) => d.value > 0) },
        mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          x: { field: 'value', type: 'quantitative', stack: 'zero', title: options.axisTitle, axis: { tickMinStep: 1, format: 'd' } },
          color: {
            field: 'group', type: 'nominal', title: options.legendTitle,
            scale: { domain: options.groups.map((g) => g.name), range: options.groups.map((g) => g.colour) },
            legend: { orient: 'bottom', direction: 'horizontal', labelFontSize: 12, titleFontSize: 12, symbolType: 'square' },
          },
          tooltip: [{ field: 'row', title: options.rowTitle }, { field: 'group', title: options.legendTitle }, { field: 'value', title: options.axisTitle }],
        },
      },
      {
        data: { values: labels },
        mark: { type: 'text', align: 'left', dx: 5, fontSize: 12, fill: '#1f2328' },
        encoding: { x: { field: 'total', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
  return render(spec, options);
}

/** A matrix of counts: a shaded cell with its number for every row and column pair. */
export function matrixChart(data: readonly MatrixDatum[], options: { title: string; description: string; rowTitle: string; columnTitle: string }): Promise<string> {
  const rows = [...new Set(data.map((d) => d.row))];
  const columns = [...new Set(data.map((d) => d.column))];
  // Wide enough for the longest column name, up to a limit beyond which names are cut with "…".
  const columnWidth = Math.min(180, Math.max(56, ...columns.map((c) => estimateTextWidth(c, 12) + 14)));
  const spec: TopLevelSpec = {
    ...frame(options.title, options.description, Math.max(1, columns.length) * columnWidth, Math.max(1, rows.length) * 26),
    data: { values: data },
    encoding: {
      y: { field: 'row', type: 'nominal', sort: rows, title: options.rowTitle, axis: { title: null, labelFontSize: 12, labelLimit: 240 } },
      x: { field: 'column', type: 'nominal', sort: columns, title: options.columnTitle, axis: { title: null, orient: 'top', labelAngle: 0, labelFontSize: 12, labelLimit: columnWidth - 6 } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2 },
        encoding: {
          color: { field: 'value', type: 'quantitative', title: 'mentions', scale: { scheme: 'blues', domainMin: 0 }, legend: null },
          tooltip: [{ field: 'row', title: options.rowTitle }, { field: 'column', title: options.columnTitle }, { field: 'value', title: 'mentions' }],
        },
      },
      {
        mark: { type: 'text', fontSize: 12 },
        encoding: {
          text: { field: 'value', type: 'quantitative' },
          color: { condition: { test: `datum.value > ${Math.max(...data.map((d) => d.value), 1) / 2}`, value: '#ffffff' }, value: '#1f2328' },
        },
      },
    ],
  };
  return render(spec, options);
}

function frame(title: string, description: string, width: number, height: number) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' as const, fontSize: 14, fontWeight: 600 as const, offset: 10 },
    description,
    width,
    height,
    background: '#ffffff',
    padding: 8,
    config: { font: 'system-ui, sans-serif', axis: { labelColor: '#1f2328', titleColor: '#1f2328', titleFontWeight: 500 as const }, view: { stroke: null } },
  };
}

async function render(spec: TopLevelSpec, words: { title: string; description: string }): Promise<string> {
  if (!textMeasureInstalled) {
    // Exported by vega (from vega-scenegraph) but missing from its typings.
    (vega as unknown as { textMetrics: { width: (item: { fontSize?: number }, text: string) => number } }).textMetrics.width = (item: { fontSize?: number }, text: string) => estimateTextWidth(String(text ?? ''), item.fontSize ?? 11);
    textMeasureInstalled = true;
  }
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return labelled(await view.toSVG(), words);
  } finally {
    view.finalize();
  }
}

/** The SVG goes inline in HTML: its title and description first (what screen readers announce), no namespace for links it has none of. */
function labelled(svg: string, words: { title: string; description: string }): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return svg
    .replace(/ xmlns:xlink="[^"]*"/, '')
    .replace(/^<svg ([^>]*)>/, `<svg role="img" aria-label="${escape(words.title).replace(/"/g, '&quot;')}" $1><title>${escape(words.title)}</title><desc>${escape(words.description)}</desc>`);
}

function sum(data: readonly BarDatum[]): number {
  return data.reduce((total, d) => total + d.value, 0);
}
