// `tradecraft report samples`: the page's figures are the command line's own.
// The JSON summary of `check` and the report are computed by different code
// (the formatter's summary and the report's totals); they must agree, in the
// text, in the tables and in what the charts draw.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, makeTempFolder, parseJson, runCli } from './run-cli.js';

before(ensureBuilt);

interface JsonReport {
  files: { path: string; diagnostics: { severity: string; code: string }[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number; assertions: number; sourcedAssertions: number };
}

/** The rows of the table with the given class, as cell texts (tags stripped). */
function tableRows(html: string, className: string): string[][] {
  const tableHtml = html.match(new RegExp(`<table class="${className}">([\\s\\S]*?)</table>`))?.[1];
  assert.ok(tableHtml, `a table.${className}`);
  const body = tableHtml.split('<tbody>')[1];
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, '')));
}

/** The values that the bars of the chart titled `title` draw, by their spoken labels (Vega's ARIA output). */
function barValues(html: string, title: string, valueTitle: string): { label: string; value: number }[] {
  const svg = html.split('<svg ').find((part) => part.includes(`<title>${title}</title>`));
  assert.ok(svg, `a chart titled ${title}`);
  return [...svg.matchAll(/aria-roledescription="bar" aria-label="([^"]*)"|aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="bar"/g)]
    .map((m) => m[1] ?? m[2])
    .map((label) => ({ label, value: Number(label.match(new RegExp(`${valueTitle.replace(/[()]/g, '\\$&')}: (\\d+)`))?.[1]) }));
}

describe('tradecraft report samples', () => {
  const temp = makeTempFolder();
  after(temp.remove);
  let html: string;
  let json: JsonReport;

  before(() => {
    const out = join(temp.path, 'report.html');
    const run = runCli(['report', 'samples', '--out', out]);
    assert.equal(run.code, 1, run.stderr);
    html = readFileSync(out, 'utf8');
    rmSync(out);
    json = parseJson(runCli(['check', 'samples', '--format', 'json'])) as JsonReport;
  });

  test('its summary line states the JSON summary', () => {
    const { files, errors, warnings, infos, assertions, sourcedAssertions } = json.summary;
    const summary = html.match(/<p class="summary">([^<]*)<\/p>/)?.[1];
    assert.ok(summary);
    assert.ok(summary.startsWith(`${files} files: ${errors} errors, ${warnings} warnings, ${infos} info`), summary);
    assert.ok(summary.includes(`${assertions} assertions, ${sourcedAssertions} sourced`), summary);
  });

  test('its table of files counts what the JSON lists for each file', () => {
    const rows = tableRows(html, 'files');
    assert.deepEqual(rows.map((r) => r[0]), json.files.map((f) => f.path));
    for (const [index, file] of json.files.entries()) {
      const severity = (...names: string[]) => String(file.diagnostics.filter((d) => names.includes(d.severity)).length);
      assert.deepEqual(rows[index].slice(1, 4), [severity('error'), severity('warning'), severity('info', 'hint')], file.path);
    }
  });

  test('the coverage chart draws the summary\'s assertions, sourced and unsourced', () => {
    const bars = barValues(html, 'Coverage per assessment', 'assertions (checkable facts)');
    const total = (group: string) => bars.filter((b) => b.label.includes(`assertions: ${group}`)).reduce((sum, b) => sum + b.value, 0);
    assert.equal(total('sourced'), json.summary.sourcedAssertions);
    assert.equal(total('sourced') + total('unsourced'), json.summary.assertions);
    const numbers = tableRows(html, 'numbers coverage');
    assert.equal(numbers.reduce((sum, r) => sum + Number(r[1]), 0), json.summary.assertions);
  });

  test('the findings chart draws every finding of the JSON, by code', () => {
    const bars = barValues(html, 'Findings by code', 'findings');
    const fromJson = new Map<string, number>();
    json.files.flatMap((f) => f.diagnostics).forEach((d) => fromJson.set(d.code, (fromJson.get(d.code) ?? 0) + 1));
    const drawn = new Map<string, number>();
    // The first chart of that title is the folder's; each assessment's own follows in its section.
    for (const bar of bars) {
      const code = bar.label.match(/code: ([a-z-]+)/)![1];
      drawn.set(code, (drawn.get(code) ?? 0) + bar.value);
    }
    assert.deepEqual(Object.fromEntries([...drawn].sort()), Object.fromEntries([...fromJson].sort()));
  });

  test('has at least three charts, each with a title and description, and no script or outside resource', () => {
    const charts = html.match(/<svg role="img" aria-label="[^"]+"[^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/g) ?? [];
    assert.ok(charts.length >= 4, `${charts.length} charts`);
    for (const title of ['Coverage per assessment', 'Citations per source', 'Findings by code', 'Actors × assessments']) assert.ok(html.includes(`<title>${title}</title>`), title);
    assert.doesNotMatch(html, /<(script|link|img|iframe)\b|\bhttps?:\/\/(?!www\.w3\.org)[^"\s<]*"\s*\/?>/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no event handlers');
  });

  test('each assessment has its scorecard, with evidence sentences and their lines', () => {
    const scorecards = html.match(/<table class="scorecard">[\s\S]*?<\/table>/g) ?? [];
    assert.equal(scorecards.length, json.files.filter((f) => f.path.endsWith('.assessment.md')).length);
    const draft = scorecards[1];
    assert.match(draft, /Uncertainty expressed[\s\S]*?partly met/);
    assert.match(draft, /<span class="line">line \d+<\/span> <q>[^<]+<\/q>/);
  });
});
