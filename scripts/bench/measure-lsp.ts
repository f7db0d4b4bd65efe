// The language server as an editor feels it, over a real stdio connection to
// the built binary (test/lsp/lsp-client.ts): how long the initial workspace
// check takes (until its $/progress ends), hovers on an actor alias, and a
// typed character until the diagnostics of exactly that version arrive.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DebugStatus } from '../../server/src/lsp/debug-status.js';
import type { HandlingSummary } from '../../server/src/lsp/handling-times.js';
import { positionOf, TestClient } from '../../test/lsp/lsp-client.js';
import { percentile } from './measure-process.js';

/** A client gives up on a request after this long, as the did. */
export const requestTimeoutMs = 15_000;

export interface LatencySamples {
  /** Milliseconds; a timed-out sample counts as the timeout. */
  samples: number[];
  timeouts: number;
}

export interface ServerFigures {
  /** From `initialized` sent to the end of the workspace check's progress. */
  indexMs: number;
  /** From `initialized` sent to the first "checking" report: every assessment indexed, the full check begins. */
  indexedMs?: number;
  indexedFiles?: number;
  firstHoverMs?: number;
  hover: LatencySamples;
  keystroke: LatencySamples;
  peakRssMb: number;
  cpuMs: number;
  /** The server's CPU time (user + system) while keystrokes and hovers were measured after the check, per round of one of each. */
  cpuMsPerRound?: number;
  /** The same, of the server's main thread alone (the one that answers requests): workers and V8's helper threads left out. */
  mainThreadCpuMsPerRound?: number;
  /** The server's own time for the same hovers, handler start to answer (tradecraft/debugStatus): the rest is transport and waiting. */
  hoverHandling?: HandlingSummary;
}

export interface LongDocument {
  path: string;
  hoverAlias: string;
  typingWord: string;
}

export interface ServerPlan {
  folder: string;
  doc: LongDocument;
  hovers: number;
  keystrokes: number;
  /** Measure while the initial workspace check runs (true), or after it ends (false). */
  duringIndexing: boolean;
  /** Longest the initial check may take before the run is called failed. */
  indexTimeoutMs: number;
}

export async function measureServer(plan: ServerPlan): Promise<ServerFigures> {
  const client = await TestClient.start(plan.folder);
  const started = performance.now();
  const ended = waitForWorkspaceCheck(client, plan.indexTimeoutMs).then((files) => ({ files, ms: performance.now() - started }));
  let indexedMs: number | undefined;
  void client
    .waitFor('the end of indexing', () => client.notifications.some((n) => n.method === '$/progress' && n.params.value.kind === 'report' && /^checking/.test(n.params.value.message ?? '')) || undefined, plan.indexTimeoutMs)
    .then(() => (indexedMs = performance.now() - started), () => undefined);
  let indexDone: { files?: number; ms: number } | undefined;
  void ended.then((done) => (indexDone = done), () => undefined);
  try {
    if (!plan.duringIndexing) await ended;
    const session = new DocumentSession(client, plan.doc);
    await session.open();
    const hover: LatencySamples = { samples: [], timeouts: 0 };
    const keystroke: LatencySamples = { samples: [], timeouts: 0 };
    const firstHoverMs = await session.hover(hover);
    if (plan.duringIndexing) {
      // Alternating, so that both are sampled across the whole initial check.
      while (indexDone === undefined) {
        await session.keystroke(keystroke);
        if (enough(hover)) await session.hover(hover);
      }
    }
    // CPU time, unlike latency, barely moves with what else the machine runs: it tells one commit from another under load.
    const cpuBefore = processUsage(client.process.pid!).cpuMs;
    const mainBefore = threadCpuMs(client.process.pid!);
    const rounds = plan.duringIndexing ? 0 : Math.max(plan.hovers, plan.keystrokes);
    for (let round = 0; round < rounds; round++) {
      if (round < plan.keystrokes && enough(keystroke)) await session.keystroke(keystroke);
      if (round < plan.hovers && enough(hover)) await session.hover(hover);
    }
    const cpuMsPerRound = rounds > 0 ? (processUsage(client.process.pid!).cpuMs - cpuBefore) / rounds : undefined;
    const mainThreadCpuMsPerRound = rounds > 0 ? (threadCpuMs(client.process.pid!) - mainBefore) / rounds : undefined;
    const done = await ended;
    const usage = processUsage(client.process.pid!);
    const hoverHandling = (await client.request<DebugStatus>('tradecraft/debugStatus', {})).handling.hover;
    return { indexMs: done.ms, indexedMs, indexedFiles: done.files, firstHoverMs, hover, keystroke, ...usage, cpuMsPerRound, mainThreadCpuMsPerRound, hoverHandling };
  } finally {
    await client.stop();
  }
}

/**
 * Whether to take another sample: a server that takes seconds for each would
 * make the run last hours, so sampling stops after three timeouts, or after
 * ten samples once they add up to a minute and a half.
 */
function enough(latency: LatencySamples): boolean {
  const spent = latency.samples.reduce((sum, ms) => sum + ms, 0);
  return latency.timeouts < 3 && !(latency.samples.length >= 10 && spent > 90_000);
}

/** Resolves with the file count the server announced when its "checking workspace" progress ends. */
function waitForWorkspaceCheck(client: TestClient, timeoutMs: number): Promise<number | undefined> {
  let token: unknown;
  let files: number | undefined;
  let seen = 0;
  return client.waitFor('the end of the workspace check', () => {
    // Only what arrived since the last call: ten thousand files publish tens of thousands of notifications.
    for (; seen < client.notifications.length; seen++) {
      const { method, params } = client.notifications[seen];
      if (method !== '$/progress') continue;
      if (params.value.kind === 'begin' && /checking workspace/i.test(params.value.title)) {
        token = params.token;
        files = Number(/(\d+) files/.exec(params.value.message ?? '')?.[1]) || undefined;
      }
      if (params.value.kind === 'end' && token !== undefined && params.token === token) return { files };
    }
    return undefined;
  }, timeoutMs).then((found) => found.files);
}

class DocumentSession {
  private readonly uri: string;
  private text: string;
  private version = 1;
  private typed = false;
  private forgotten = 0;

  constructor(private readonly client: TestClient, private readonly doc: LongDocument) {
    this.uri = pathToFileURL(doc.path).href;
    this.text = readFileSync(doc.path, 'utf8');
  }

  async open(): Promise<void> {
    this.client.open(this.uri, this.text);
    await this.versionPublished(1, 10 * 60_000);
  }

  /** One hover on the actor alias; returns its time (the timeout when it timed out). */
  async hover(into: LatencySamples): Promise<number> {
    const position = positionOf(this.text, this.doc.hoverAlias, 2);
    const start = performance.now();
    const answer = await Promise.race([
      this.client.request<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri: this.uri }, position }),
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), requestTimeoutMs)),
    ]);
    const ms = answer === 'timeout' ? requestTimeoutMs : performance.now() - start;
    if (answer === 'timeout') into.timeouts++;
    else if (!answer?.contents) throw new Error(`no hover card on "${this.doc.hoverAlias}"`);
    into.samples.push(ms);
    return ms;
  }

  /** Types (or deletes) one character and waits for the diagnostics of exactly that version. */
  async keystroke(into: LatencySamples): Promise<void> {
    const word = this.doc.typingWord;
    const [from, to] = this.typed ? [`${word}x`, word] : [word, `${word}x`];
    this.typed = !this.typed;
    const start = performance.now();
    this.text = this.client.replace(this.uri, from, to);
    this.version++;
    try {
      await this.versionPublished(this.version, requestTimeoutMs);
      into.samples.push(performance.now() - start);
    } catch {
      into.timeouts++;
      into.samples.push(requestTimeoutMs);
    }
    this.forgetSeen();
  }

  /**
   * Lets go of the diagnostics of notifications already read: a run of ten
   * thousand files and thousands of keystrokes in the long document (867
   * diagnostics each) kept gigabytes, and the bench itself ran out of heap.
   * Entries stay, with their method, URI and version, so indexes into the list hold.
   */
  private forgetSeen(): void {
    const list = this.client.notifications;
    for (; this.forgotten < list.length; this.forgotten++) {
      const n = list[this.forgotten];
      if (n.method === 'textDocument/publishDiagnostics') n.params = { uri: n.params.uri, version: n.params.version };
    }
  }

  private versionPublished(version: number, ms: number): Promise<unknown> {
    const from = this.client.notifications.length;
    return this.client.waitFor(`diagnostics of version ${version}`, () => {
      const list = this.client.notifications;
      for (let i = list.length - 1; i >= Math.max(0, from - 1); i--) {
        const n = list[i];
        if (n.method === 'textDocument/publishDiagnostics' && n.params.uri === this.uri && n.params.version === version) return true;
      }
      return undefined;
    }, ms);
  }
}

/** Peak resident memory and CPU time of a running process, from /proc (Linux). */
/** CPU time of one thread (Linux: the main thread's id is the process id), from /proc. */
function threadCpuMs(pid: number, tid = pid): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(stat[11]) + Number(stat[12])) * 10;
  } catch {
    return NaN;
  }
}

function processUsage(pid: number): { peakRssMb: number; cpuMs: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, counted after the command name's ") ".
    const ticks = Number(stat[11]) + Number(stat[12]);
    return { peakRssMb: peakKb / 1024, cpuMs: ticks * 10 };
  } catch {
    return { peakRssMb: NaN, cpuMs: NaN };
  }
}

export function summarizeLatency(latency: LatencySamples): { p50: number; p95: number; n: number; timeouts: number } {
  return { p50: percentile(latency.samples, 50), p95: percentile(latency.samples, 95), n: latency.samples.length, timeouts: latency.timeouts };
}
