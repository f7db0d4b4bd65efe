// `npm run bench`: generates a workspace (seeded, sizes as flags) in a
// temporary folder and measures the built CLI and language server on it, as a
// user meets them, printing one table of every row of issue 9 (and JSON with
// --json FILE for comparing commits). Asserts nothing about time.
//
//   npm run bench -- [--quick] [--json FILE] [--seed N] [--assessments N] [--sources N]
//                    [--actors N] [--long-lines N] [--big N] [--many-actors N] [--many-actors-kb N]
//                    [--hovers N] [--keystrokes N] [--runs N] [--only cli,actors,lsp,lsp-big,samples]
//                    [--keep] [--jobs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shortestPauseMs } from '../../server/src/lsp/typing-pause.js';
import { writeManyActorsCase, writeWorkspace, type GeneratedWorkspace } from './generate-workspace.js';
import { measureServer, summarizeLatency, type ServerFigures } from './measure-lsp.js';
import { median, runMeasured, type ProcessRun } from './measure-process.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/tradecraft.cjs');
const bareParse = path.join(import.meta.dirname, 'bare-parse.mjs');

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    json: { type: 'string' },
    seed: { type: 'string', default: '9' },
    assessments: { type: 'string', default: '2000' },
    sources: { type: 'string', default: '200' },
    actors: { type: 'string', default: '150' },
    'long-lines': { type: 'string', default: '2000' },
    big: { type: 'string', default: '10000' },
    'many-actors': { type: 'string', default: '50000' },
    'many-actors-kb': { type: 'string', default: '100' },
    // 200: a 95th percentile of 40 is the third slowest, and the first ten after the check run code V8 has not yet optimised.
    hovers: { type: 'string', default: '200' },
    keystrokes: { type: 'string', default: '200' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    keep: { type: 'boolean' },
    jobs: { type: 'string' },
  },
});
const num = (name: keyof typeof flags) => Number(flags[name]);
const sections = new Set((flags.only ?? 'cli,actors,lsp,lsp-big,samples').split(','));
if (flags.quick) ['lsp-big', 'samples'].forEach((s) => sections.delete(s));
const jobArgs = flags.jobs ? ['--jobs', flags.jobs] : [];
/** How many rounds after the initial check are also summarised on their own. */
const firstRounds = 40;

const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'tradecraft-bench-')));
// Stopped from outside, the run still removes its workspace (tens of MB).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!flags.keep) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
const rows: Array<{ what: string; measured: string; target: string }> = [];
const figures: Record<string, unknown> = {
  date: new Date().toISOString(),
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim(),
  node: process.version,
  cpus: cpus().length,
  loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
  flags,
};
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

try {
  log(`generating in ${work}${flags.keep ? ' (kept)' : ''}`);
  const main = writeWorkspace(path.join(work, 'main'), sizes(num('assessments')));
  figures.workspace = { assessments: num('assessments'), megabytes: mb(main.bytes), sources: num('sources'), actors: num('actors'), longLines: num('long-lines') };
  const big = sections.has('lsp-big') || (sections.has('cli') && !flags.quick) ? writeWorkspace(path.join(work, 'big'), sizes(num('big'))) : undefined;

  if (sections.has('lsp')) await serverRows(main);
  if (sections.has('cli')) await cliRows(main, big, writeWorkspace(path.join(work, 'marked-up'), { ...sizes(num('assessments')), longLines: 0, markedUp: true }));
  if (sections.has('actors')) await manyActorsRow();
  if (sections.has('lsp-big') && big) await bigServerRow(big);
} finally {
  if (!flags.keep) rmSync(work, { recursive: true, force: true });
}

printTable();
figures.loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)));
if (flags.json) writeFileSync(flags.json, JSON.stringify({ ...figures, rows }, null, 2) + '\n');
if (sections.has('samples')) samplesSection();

/** The lowest and highest of a few ratios, as "1.41-1.52×". */
function spread(ratios: number[]): string {
  return `${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}×`;
}

function sizes(assessments: number) {
  return { assessments, sources: num('sources'), actors: num('actors'), longLines: num('long-lines'), seed: num('seed') };
}

/** One workspace's check against both baselines, in alternating rounds: remark-parse alone (issue 9's), then with front matter and GFM. */
async function checkAgainstBaselines(ws: GeneratedWorkspace, label: string) {
  const runs = num('runs');
  const cliRuns: ProcessRun[] = [];
  const bareRuns: ProcessRun[] = [];
  const commonmarkRuns: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) {
    log(`${label}: remark-parse ${i + 1}/${runs}`);
    commonmarkRuns.push(checked(await runMeasured(bareParse, ['--commonmark', 'assessments'], { cwd: ws.dir }), 'remark-parse', [0]));
    log(`${label}: remark-parse + GFM ${i + 1}/${runs}`);
    bareRuns.push(checked(await runMeasured(bareParse, ['assessments'], { cwd: ws.dir }), 'bare parse', [0]));
    log(`${label}: tradecraft check ${i + 1}/${runs}`);
    cliRuns.push(checked(await runMeasured(cli, ['check', 'assessments', ...jobArgs], { cwd: ws.dir }), 'check'));
  }
  const medianOf = (list: ProcessRun[], key: 'wallMs' | 'cpuMs' | 'maxRssMb') => median(list.map((r) => r[key]));
  const wall = medianOf(cliRuns, 'wallMs');
  const cpu = medianOf(cliRuns, 'cpuMs');
  const bare = { wall: medianOf(bareRuns, 'wallMs'), cpu: medianOf(bareRuns, 'cpuMs') };
  const commonmark = { wall: medianOf(commonmarkRuns, 'wallMs'), cpu: medianOf(commonmarkRuns, 'cpuMs') };
  const perRound = (baseline: ProcessRun[]) => cliRuns.map((r, i) => r.wallMs / baseline[i].wallMs);
  const json = {
    files: num('assessments'), wallMs: wall, cpuMs: cpu,
    // bareWallMs and wallRatio keep their meaning of earlier commits: remark-parse with front matter and GFM.
    bareWallMs: bare.wall, bareCpuMs: bare.cpu, wallRatio: wall / bare.wall, cpuRatio: cpu / bare.cpu,
    commonmarkWallMs: commonmark.wall, commonmarkCpuMs: commonmark.cpu, wallRatioCommonmark: wall / commonmark.wall, cpuRatioCommonmark: cpu / commonmark.cpu,
    wallRatiosPerRound: perRound(bareRuns), wallRatiosCommonmarkPerRound: perRound(commonmarkRuns),
    rssMb: medianOf(cliRuns, 'maxRssMb'), bareRssMb: medianOf(bareRuns, 'maxRssMb'), stdoutBytes: cliRuns[0].stdoutBytes,
  };
  const rounds = runs > 1 ? `, per round ${spread(json.wallRatiosCommonmarkPerRound)}` : '';
  const measured = `wall ${ratio(json.wallRatioCommonmark)} (${s(wall)} vs ${s(commonmark.wall)}${rounds}), CPU ${ratio(json.cpuRatioCommonmark)} (${s(cpu)} vs ${s(commonmark.cpu)}); ` +
    `÷ remark-parse with front matter and GFM: wall ${ratio(json.wallRatio)} (vs ${s(bare.wall)}${runs > 1 ? `, per round ${spread(json.wallRatiosPerRound)}` : ''}), CPU ${ratio(json.cpuRatio)}` +
    (runs > 1 ? `; medians of ${runs} alternating rounds` : '');
  return { json, measured };
}

async function cliRows(main: GeneratedWorkspace, big: GeneratedWorkspace | undefined, markedUp: GeneratedWorkspace): Promise<void> {
  const plain = await checkAgainstBaselines(main, 'main workspace');
  figures.cliVsBareParse = plain.json;
  rows.push({ what: `check of ${num('assessments')} files ÷ unified + remark-parse`, measured: plain.measured, target: 'wall ≤ 1.5×, CPU ≤ 2.5×' });
  // The main workspace's assessments are plain Markdown, which the check reads without parsing (plain-parts.ts); these are not.
  const marked = await checkAgainstBaselines(markedUp, 'with inline markup');
  figures.cliMarkedUpVsBareParse = marked.json;
  rows.push({ what: `the same files with inline markup (bold, italics), so each is parsed`, measured: marked.measured, target: '(not the issue\'s workspace) the same' });

  const scale: Array<{ files: number; run: ProcessRun }> = [];
  const thousand = big ?? main;
  const inFirstFolder = Math.min(1000, big ? num('big') : num('assessments'));
  log(`tradecraft check of ${inFirstFolder} files`);
  scale.push({ files: inFirstFolder, run: checked(await runMeasured(cli, ['check', 'assessments/g00', ...jobArgs], { cwd: thousand.dir }), 'check 1k') });
  if (big && !flags.quick) {
    log(`tradecraft check of ${num('big')} files`);
    scale.push({ files: num('big'), run: checked(await runMeasured(cli, ['check', 'assessments', ...jobArgs], { cwd: big.dir }), 'check big') });
  }
  figures.cliScale = scale.map(({ files, run }) => ({ files, wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMb: run.maxRssMb, msPerFile: run.wallMs / files }));
  rows.push({ what: `check peak memory, ${scale.map((x) => x.files.toLocaleString('en')).join(' → ')} files`, measured: scale.map((x) => `${x.run.maxRssMb.toFixed(0)} MB`).join(' → '), target: '≤ 300 MB at 10,000: flat' });
  rows.push({ what: `time per file, ${scale.map((x) => x.files.toLocaleString('en')).join(' → ')} files`, measured: scale.map((x) => `${(x.run.wallMs / x.files).toFixed(2)} ms`).join(' → '), target: 'stays flat' });
}

async function manyActorsRow(): Promise<void> {
  const actors = num('many-actors');
  const kb = num('many-actors-kb');
  const folders = writeManyActorsCase(path.join(work, 'actors'), actors, kb, num('seed'));
  log(`check against ${actors} actors`);
  const full = await runMeasured(cli, ['check', 'big.assessment.md', '--format', 'json'], { cwd: folders.full, keepStdout: true, timeoutMs: 10 * 60_000 });
  const few = await runMeasured(cli, ['check', 'big.assessment.md', '--format', 'json'], { cwd: folders.few, keepStdout: true });
  const diagnostics = (run: ProcessRun) => {
    try {
      return JSON.stringify(JSON.parse(run.stdout!).files.map((f: { diagnostics: unknown }) => f.diagnostics));
    } catch {
      return undefined;
    }
  };
  const fullFindings = diagnostics(full);
  const same = fullFindings !== undefined && fullFindings === diagnostics(few);
  const count = fullFindings ? JSON.parse(fullFindings).flat().length : 0;
  // The reason is the end of the last line on stderr (after the path it names).
  const problem = full.code === 2 || full.code === null ? `exit ${full.code ?? 'killed'}: ${full.stderr.trim().split('\n').at(-1)?.split(': ').slice(-2).join(': ').slice(0, 90)}` : undefined;
  figures.manyActors = { actors, kb, wallMs: full.wallMs, peakRssMb: full.maxRssMb, exit: full.code, findings: count, sameAsMentionedOnly: same, problem };
  rows.push({
    what: `schema of ${actors.toLocaleString('en')} actors, ${kb} KB assessment`,
    measured: `${s(full.wallMs)}, ${problem ?? `${count} findings, ${same ? 'the same as' : 'NOT the same as'} with only the 60 mentioned actors`}`,
    target: '≤ 2 s, correct findings',
  });
}

async function serverRows(main: GeneratedWorkspace): Promise<void> {
  log('language server on the main workspace');
  const server = await measureServer({
    folder: main.dir, doc: longDoc(main), hovers: num('hovers'), keystrokes: num('keystrokes'), duringIndexing: false, indexTimeoutMs: 30 * 60_000,
  });
  const hover = summarizeLatency(server.hover);
  const typing = summarizeLatency(server.keystroke);
  // The first rounds after the initial check are shown apart: they run code the JIT has not optimised yet.
  const early = (latency: typeof server.hover) => summarizeLatency({ samples: latency.samples.slice(0, firstRounds), timeouts: 0 });
  const earlyHover = early(server.hover);
  const earlyTyping = early(server.keystroke);
  figures.server = { ...server, hover, keystroke: typing, firstRounds: { rounds: firstRounds, hover: earlyHover, keystroke: earlyTyping } };
  rows.push({ what: 'hover on an actor alias', measured: `p95 ${ms(hover.p95)}, p50 ${ms(hover.p50)}, first ${ms(server.firstHoverMs!)}${timeouts(hover)}${hover.n > firstRounds ? `; the first ${firstRounds} after the initial check: p95 ${ms(earlyHover.p95)}` : ''}${handling(server)}`, target: 'p95 ≤ 5 ms' });
  rows.push({
    what: `typed character → fresh diagnostics (${num('long-lines')}-line doc)`,
    measured: `p50 ${ms(typing.p50)}, p95 ${ms(typing.p95)}${timeouts(typing)}${typing.n > firstRounds ? `; the first ${firstRounds}: p95 ${ms(earlyTyping.p95)}` : ''}; server CPU ${ms(server.cpuMsPerRound ?? NaN)} per keystroke and hover (main thread ${ms(server.mainThreadCpuMsPerRound ?? NaN)})`,
    target: `p95 ≤ 50 ms end to end, debounce included (the file's recent check time, ≥ ${shortestPauseMs} ms)`,
  });
  rows.push({ what: `server: initial check of ${num('assessments')} + 1 files`, measured: `indexed in ${server.indexedMs === undefined ? '?' : s(server.indexedMs)}, checked in ${s(server.indexMs)}, peak ${server.peakRssMb.toFixed(0)} MB`, target: '(context)' });
}

async function bigServerRow(big: GeneratedWorkspace): Promise<void> {
  log(`language server on ${num('big')} assessments, measuring while it checks them`);
  const server = await measureServer({ folder: big.dir, doc: longDoc(big), hovers: 0, keystrokes: 0, duringIndexing: true, indexTimeoutMs: 60 * 60_000 });
  const hover = summarizeLatency(server.hover);
  const typing = summarizeLatency(server.keystroke);
  figures.serverBig = { ...server, hover, keystroke: typing };
  rows.push({
    what: `server, ${num('big').toLocaleString('en')} assessments indexed`,
    measured: `indexed in ${server.indexedMs === undefined ? '?' : s(server.indexedMs)} (every file checked in ${s(server.indexMs)}), peak ${server.peakRssMb.toFixed(0)} MB; meanwhile typing p95 ${ms(typing.p95)} (n ${typing.n}${typing.timeouts ? `, ${typing.timeouts} timed out` : ''}), hover p95 ${ms(hover.p95)} (n ${hover.n}${hover.timeouts ? `, ${hover.timeouts} timed out` : ''}${handling(server)})`,
    target: '≤ 20 s, ≤ 400 MB, typing and hover within target',
  });
}

/** The server's own share of the hovers, as it reports it: what the client waited beyond is transport and the event loop. */
function handling(server: ServerFigures): string {
  const own = server.hoverHandling;
  return own ? `; in the server's handler p50 ${ms(own.p50Ms)}, p95 ${ms(own.p95Ms)}` : '';
}

function longDoc(ws: GeneratedWorkspace) {
  return { path: ws.longPath!, hoverAlias: ws.hoverAlias, typingWord: ws.typingWord };
}

function checked(run: ProcessRun, what: string, okCodes = [0, 1]): ProcessRun {
  if (!okCodes.includes(run.code ?? -1)) throw new Error(`${what} exited ${run.code}: ${run.stderr.slice(0, 2000)}`);
  return run;
}

function printTable(): void {
  const widths = ['what', 'measured', 'target'].map((key) => Math.max(key.length, ...rows.map((row) => row[key as 'what'].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const w = figures.workspace as { assessments: number; megabytes: number };
  console.log(`\nTradecraft bench at ${figures.commit}, node ${process.version}, ${cpus().length} CPUs, load ${(figures.loadAverageAtStart as number[]).join(' ')} → ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log(`workspace: ${w.assessments} assessments (${w.megabytes} MB), ${flags.sources} sources, ${flags.actors} actors, one ${flags['long-lines']}-line assessment; seed ${flags.seed}${flags.jobs ? `; --jobs ${flags.jobs}` : ''}\n`);
  console.log(line(['what', 'measured', 'target']));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  rows.forEach((row) => console.log(line([row.what, row.measured, row.target])));
}

function samplesSection(): void {
  console.log('\nThe samples (in-process core, then the server over stdio):');
  for (const script of ['scripts/bench-samples.ts', 'scripts/bench-samples-lsp.ts']) {
    spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: 'inherit' });
  }
}

function timeouts(latency: { timeouts: number; n: number }): string {
  return latency.timeouts > 0 ? ` (${latency.timeouts} of ${latency.n} timed out at 15 s)` : ` (n ${latency.n})`;
}
function mb(bytes: number): number {
  return Number((bytes / 1024 / 1024).toFixed(2));
}
function s(msValue: number): string {
  return `${(msValue / 1000).toFixed(2)} s`;
}
function ms(value: number): string {
  return value >= 1000 ? s(value) : `${value.toFixed(1)} ms`;
}
function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}
export type { ServerFigures };
