// A workspace large enough that the server indexes and checks it in worker
// threads (workspace-check.ts: from 100 assessments on), over a real stdio
// connection: what the workers send back must be what the main thread would
// have found, the index must count every file, the server must answer while
// they work, and cancelling the check must stop it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Diagnostic, Hover, Location } from 'vscode-languageserver-protocol';
import type { DebugStatus } from '../../server/src/lsp/debug-status.js';
import { heapGrowingPercent } from '../../server/src/node/heap-growth.js';
import { copyWorkspace, positionOf, TestClient, type TestWorkspace } from './lsp-client.js';

/** Invented throughout: a made-up council and ministry, made-up sources. */
const schema = `version: 1
estimative: icd-203
sources:
  harbor-log:
    title: "Harbor log (invented)"
    file: sources/harbor-log.md
    reliability: B
    credibility: 2
  quarry-note:
    title: "Quarry note (invented)"
    file: sources/quarry-note.md
    reliability: C
    credibility: 3
actors:
  velmora:
    name: Velmora Council
    kind: state
    aliases: [Velmora, the Council]
  ostrand:
    name: Ostrand Ministry
    kind: organization
    aliases: [Ostrand]
`;

const harborLog = `# Harbor log

The harbor at Kessel received 14 barges in March, twice the figure of February.

Officials at the harbor said the barges carried grain and timber.
`;

const quarryNote = `# Quarry note

The quarry near Dunmoor closed for repairs in the second week of April.
`;

/** How many assessments: above the threshold from which workers do the work. */
const count = 150;

/** Assessment i mentions the council when i % 3 == 0, the ministry when i % 4 == 0, cites the harbor log when i % 5 == 0. */
function assessment(i: number): string {
  const lines = [`# Note ${i}`, '', '## Key Judgments', ''];
  if (i % 3 === 0) lines.push(`- We assess with moderate confidence that Velmora will keep the harbor open through the summer.`);
  if (i % 4 === 0) lines.push(`- Ostrand is likely to announce new quotas before the harvest.`);
  lines.push('', '## Background', '');
  lines.push(i % 5 === 0 ? `The harbor received 14 barges in March [@harbor-log, ¶1].` : `The harbor received ${20 + i} barges in March.`);
  lines.push(`The quarry near Dunmoor closed in April${i % 7 === 0 ? ' [@quarry-nope]' : ''}.`, '');
  return lines.join('\n');
}

/** The assessments that mention the council. */
const council = Array.from({ length: count }, (_, i) => i).filter((i) => i % 3 === 0);

const name = (i: number) => `notes/n${String(i).padStart(3, '0')}.assessment.md`;

function buildWorkspace(): TestWorkspace {
  const files: Record<string, string> = { 'claims-schema.yaml': schema, 'sources/harbor-log.md': harborLog, 'sources/quarry-note.md': quarryNote };
  for (let i = 0; i < count; i++) files[name(i)] = assessment(i);
  return copyWorkspace(mkdtempSync(path.join(tmpdir(), 'tradecraft-empty-')), files);
}

type ProgressValue = { kind: string; title?: string; message?: string; percentage?: number };

/** The $/progress values of the "checking workspace" token begun after notification `after`. */
function workspaceProgress(client: TestClient, after = -1): { token?: unknown; values: ProgressValue[] } {
  const progress = client.notifications.slice(after + 1).filter((n) => n.method === '$/progress');
  const begin = progress.find((n) => n.params.value.kind === 'begin' && /checking workspace/.test(n.params.value.title));
  if (!begin) return { values: [] };
  return { token: begin.params.token, values: progress.filter((n) => n.params.token === begin.params.token).map((n) => n.params.value) };
}

const ended = (client: TestClient, after = -1) => client.waitFor('the end of the workspace check', () => workspaceProgress(client, after).values.some((v) => v.kind === 'end') || undefined, 120_000);

const sortDiagnostics = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message])).sort();

describe('a workspace checked by worker threads', () => {
  test('every file gets the diagnostics the main thread finds, and the index counts every mention', async () => {
    const ws = buildWorkspace();
    const client = await TestClient.start(ws.dir);
    try {
      // Once indexing ends (the first "checking" report), the card counts every file, before the check is done.
      const uri = ws.uri(name(0));
      client.open(uri, ws.read(name(0)));
      await client.waitFor('the end of indexing', () => workspaceProgress(client).values.some((v) => v.kind === 'report' && /^checking/.test(v.message ?? '')) || undefined, 120_000);
      const early = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ws.read(name(0)), 'Velmora', 2) });
      assert.match((early?.contents as { value: string }).value, new RegExp(`Mentioned in ${council.length} of ${count} assessments`));
      // While the workers run, every heap's growth is bounded (heap-growth.ts); after, V8 has its own factor back.
      const during = await client.request<DebugStatus>('tradecraft/debugStatus', {});
      const checking = !workspaceProgress(client).values.some((v) => v.kind === 'end');
      await ended(client);
      if (checking) assert.deepEqual(during.v8Flags, [`--heap-growing-percent=${heapGrowingPercent}`]);
      assert.deepEqual((await client.request<DebugStatus>('tradecraft/debugStatus', {})).v8Flags, []);
      assert.match(workspaceProgress(client).values[0].message ?? '', new RegExp(`^${count + 1} files in \\d worker threads?$`));
      // Every assessment was published during the check, before any was opened.
      const fromWorkers = new Map<string, Diagnostic[]>();
      for (let i = 0; i < count; i++) {
        const published = client.diagnostics.get(ws.uri(name(i)));
        assert.ok(published, `${name(i)} was published`);
        fromWorkers.set(name(i), published.diagnostics);
      }
      assert.ok([...fromWorkers.values()].some((d) => d.some((x) => x.code === 'unknown-source')), 'the workspace has findings to compare');

      // Opening a file checks it again on the main thread: the same findings, for every file.
      // (The first is open already.)
      for (let i = 1; i < count; i++) {
        const mark = client.mark();
        client.open(ws.uri(name(i)), ws.read(name(i)));
        const here = await client.waitFor(`diagnostics of ${name(i)} opened`, () => {
          const n = client.notifications.slice(mark + 1).find((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === ws.uri(name(i)) && x.params.version === 1);
          return n?.params.diagnostics as Diagnostic[] | undefined;
        });
        assert.deepEqual(sortDiagnostics(fromWorkers.get(name(i))!), sortDiagnostics(here), name(i));
      }

      // The card's count and references come from the index the workers filled.
      const text = ws.read(name(0));
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri(name(0)) }, position: positionOf(text, 'Velmora', 2) });
      assert.match((hover?.contents as { value: string }).value, new RegExp(`Mentioned in ${council.length} of ${count} assessments`));
      const references = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: ws.uri(name(0)) }, position: positionOf(text, 'Velmora', 2), context: { includeDeclaration: false },
      });
      assert.deepEqual([...new Set(references.map((r) => r.uri))].sort(), council.map((i) => ws.uri(name(i))).sort());

      // The schema's unused-source is found from the whole index: the quarry note is cited nowhere.
      const schemaDiagnostics = client.diagnostics.get(ws.uri('claims-schema.yaml'))?.diagnostics ?? [];
      assert.deepEqual(schemaDiagnostics.filter((d) => d.code === 'unused-source').map((d) => d.message.includes('quarry-note')), [true]);
    } finally {
      await client.stop();
      ws.dispose();
    }
  });

  test('a schema changed on disk while the workers check is what every file ends up checked against', async () => {
    const ws = buildWorkspace();
    const client = await TestClient.start(ws.dir);
    try {
      // Once checking begins, the schema gains the source that the files citing [@quarry-nope] lacked.
      await client.waitFor('the end of indexing', () => workspaceProgress(client).values.some((v) => v.kind === 'report' && /^checking/.test(v.message ?? '')) || undefined, 120_000);
      writeFileSync(ws.file('claims-schema.yaml'), schema.replace('actors:', '  quarry-nope:\n    title: "Quarry note, second copy (invented)"\n    reliability: C\n    credibility: 3\nactors:'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('claims-schema.yaml'), type: 2 }] });
      await ended(client);
      // Checks made against the old schema and published after the change would still say unknown-source.
      const citing = Array.from({ length: count }, (_, i) => i).filter((i) => i % 7 === 0);
      for (const i of citing) {
        const uri = ws.uri(name(i));
        await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'unknown-source')).catch(() => {
          throw new Error(`${name(i)} still has unknown-source: ${JSON.stringify(client.diagnostics.get(uri)?.diagnostics.map((d) => d.code))}`);
        });
      }
    } finally {
      await client.stop();
      ws.dispose();
    }
  });

  // Linux schedules each thread by its id; elsewhere thread-priority.ts does nothing, so neither does this test.
  test('once indexing ends, every thread of the server but the main one runs below its priority', { skip: !existsSync('/proc/self/task') && 'no /proc: thread priorities are left alone' }, async () => {
    const ws = buildWorkspace();
    const client = await TestClient.start(ws.dir);
    try {
      await ended(client);
      const pid = client.process.pid!;
      // /proc/<pid>/task/<tid>/stat: fields after the command's closing parenthesis, from the third (state) on.
      const stat = (tid: string) => readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      const threads = () => readdirSync(`/proc/${pid}/task`).map((tid) => ({ tid, nice: Number(stat(tid)[16]), policy: Number(stat(tid)[38]) }));
      const main = threads().find((t) => t.tid === String(pid));
      assert.deepEqual(main && [main.nice, main.policy], [0, 0], 'the main thread keeps nice 0 and the normal policy');
      const helpers = threads().filter((t) => t.tid !== String(pid));
      assert.ok(helpers.length >= 4, `V8's and libuv's threads are there (${helpers.length})`);
      assert.deepEqual(helpers.filter((t) => t.nice !== 10), [], 'every helper thread is at nice 10');
      // SCHED_IDLE (5) comes through util-linux's chrt, run without waiting for it; where there is none, nice 10 stands.
      if (spawnSync('chrt', ['--version']).status === 0) {
        const idle = () => threads().every((t) => t.tid === String(pid) || t.policy === 5);
        for (let tries = 0; tries < 100 && !idle(); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
        assert.deepEqual(threads().filter((t) => t.tid !== String(pid) && t.policy !== 5), [], 'every helper thread is at SCHED_IDLE');
      }
    } finally {
      await client.stop();
      ws.dispose();
    }
  });

  test('a profiled server leaves V8\'s profiler sampler at its priority, so the profile stays true', { skip: !existsSync('/proc/self/task') && 'no /proc: thread priorities are left alone' }, async () => {
    const ws = buildWorkspace();
    const profiles = mkdtempSync(path.join(tmpdir(), 'tradecraft-prof-'));
    const client = await TestClient.start(ws.dir, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profiles}`] });
    try {
      await ended(client);
      const pid = client.process.pid!;
      const comm = (tid: string) => readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const nice = (tid: string) => Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[16]);
      const tids = readdirSync(`/proc/${pid}/task`);
      const sampler = tids.filter((tid) => comm(tid).startsWith('v8:ProfEvntProc'));
      assert.equal(sampler.length, 1, 'the profiler runs one sampler thread');
      assert.equal(nice(sampler[0]!), 0, 'the sampler keeps nice 0');
      assert.deepEqual(tids.filter((tid) => tid !== String(pid) && !sampler.includes(tid) && nice(tid) !== 10), [], 'the other helper threads are lowered');
    } finally {
      await client.stop();
      ws.dispose();
      rmSync(profiles, { recursive: true, force: true });
    }
  });

  test('the server answers hovers while the workers index and check, and a cancelled check stops', async () => {
    const ws = buildWorkspace();
    const client = await TestClient.start(ws.dir);
    try {
      await ended(client);
      const uri = ws.uri(name(3));
      client.open(uri, ws.read(name(3)));
      await client.diagnosticsFor(uri);
      // A second check (the command), answered by hovers while it runs.
      const mark = client.mark();
      const command = client.request<{ files: number; cancelled: boolean }>('workspace/executeCommand', { command: 'tradecraft.server.checkWorkspace', arguments: [] });
      await client.waitFor('the second check begins', () => workspaceProgress(client, mark).token !== undefined || undefined);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ws.read(name(3)), 'Velmora', 2) });
      assert.match((hover?.contents as { value: string }).value, /Velmora Council/);
      assert.ok(!workspaceProgress(client, mark).values.some((v) => v.kind === 'end'), 'the hover was answered before the check ended');
      const summary = await command;
      assert.equal(summary.cancelled, false);
      assert.equal(summary.files, count + 1);

      // A third check, cancelled as soon as it begins: it ends early and says so.
      const mark2 = client.mark();
      const cancelled = client.request<{ files: number; cancelled: boolean }>('workspace/executeCommand', { command: 'tradecraft.server.checkWorkspace', arguments: [] });
      const token = await client.waitFor('the third check begins', () => workspaceProgress(client, mark2).token);
      client.notify('window/workDoneProgress/cancel', { token });
      const result = await cancelled;
      assert.equal(result.cancelled, true);
      assert.ok(result.files < count, `stopped after ${result.files} of ${count + 1} files`);
      // The server still serves after the cancelled check.
      const after = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ws.read(name(3)), 'Velmora', 2) });
      assert.match((after?.contents as { value: string }).value, new RegExp(`Mentioned in ${council.length} of ${count} assessments`));
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
});
