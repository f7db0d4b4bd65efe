// "Check the workspace": walk the folders again, index every assessment (one
// parse each), then check every assessment and schema, with one $/progress for
// both. A large workspace is indexed and checked by worker threads
// (workspace-pool.ts), so the main thread only publishes and stays free for
// typing and hovers; a small one in slices on the main thread, yielding.
import path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node.js';
import { maxFileBytes } from '../node/disk-host.js';
import { pathOfUri } from './convert.js';
import { boundHeapGrowth, releaseHeapGrowth } from '../node/heap-growth.js';
import { sliceMs } from './in-slices.js';
import { lowerHelperThreads } from '../node/thread-priority.js';
import type { Session } from './session.js';
import { WorkspacePool, workerCount } from './workspace-pool.js';
import type { CheckedFile, IndexedFile, WorkItem } from './workspace-worker.js';

/** Counts of one workspace check, returned to the client's command. */
export interface WorkspaceCheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  cancelled: boolean;
}

/** The server's own bundle, which starts as a workspace worker when asked (set by main.ts; unset under tsx). */
let workerScript: string | undefined;

/** From this many assessments on, workers do the work: below it, starting them costs more than they save. */
export const workerThreshold = 100;

export function useWorkspaceWorkers(script: string | undefined): void {
  workerScript = script;
}

type Progress = Awaited<ReturnType<Session['connection']['window']['createWorkDoneProgress']>>;

export async function checkWorkspace(session: Session, folders: string[]): Promise<WorkspaceCheckSummary> {
  const { connection, files } = session;
  for (const problem of files.scan(folders)) connection.console.warn(problem);
  // Assessments first: a schema's unused-source needs the cited keys of all of them, from the index.
  const { assessments, schemas } = files.list();
  const workers = workerScript !== undefined && assessments.length >= workerThreshold ? workerCount() : 0;
  const progress = await connection.window.createWorkDoneProgress();
  const threads = workers > 0 ? ` in ${workers} worker thread${workers > 1 ? 's' : ''}` : '';
  progress.begin('Tradecraft: checking workspace', 0, `${assessments.length + schemas.length} files${threads}`, true);
  const summary: WorkspaceCheckSummary = { files: 0, errors: 0, warnings: 0, infos: 0, cancelled: false };
  // Once every assessment is indexed, the cards of the actors they mention most are built in idle time (card-warmer.ts).
  const tally = new Tally(summary, assessments.length + schemas.length, progress, () => session.checker.afterIndexing(schemas));
  const done = workers > 0 ? await checkInWorkers(session, workerScript!, workers, assessments, progress, tally) : await checkHere(session, assessments, progress, tally);
  if (done) {
    for (const schema of schemas) {
      if (progress.token.isCancellationRequested) break;
      await new Promise((resolve) => setImmediate(resolve));
      const result = await session.checker.check(schema);
      tally.add(schema, result?.findings.map((finding) => finding.severity) ?? []);
    }
  }
  summary.cancelled = progress.token.isCancellationRequested;
  progress.done();
  return summary;
}

/** The part of the progress bar that indexing takes. */
const indexShare = 10;

/** Counts findings and reports progress (at most every 100 ms: ten thousand files would be ten thousand notifications). */
class Tally {
  private lastReport = 0;
  constructor(
    private readonly summary: WorkspaceCheckSummary,
    private readonly total: number,
    private readonly progress: Progress,
    private readonly onIndexed: () => void,
  ) {}

  /** Every assessment is indexed: the checking phase begins. */
  indexed(): void {
    this.onIndexed();
    this.checking();
  }

  indexing(done: number, of: number): void {
    this.progress.report(Math.round((done / Math.max(1, of)) * indexShare), `indexing ${done}/${of}`);
  }

  add(filePath: string, severities: string[]): void {
    const { summary } = this;
    summary.files += 1;
    for (const severity of severities) {
      if (severity === 'error') summary.errors += 1;
      else if (severity === 'warning') summary.warnings += 1;
      else if (severity === 'info') summary.infos += 1;
    }
    const now = performance.now();
    if (now - this.lastReport < 100 && summary.files < this.total) return;
    this.lastReport = now;
    this.checking(filePath);
  }

  /** The first report of the checking phase marks the end of indexing (the bench and tests watch for it). */
  checking(filePath?: string): void {
    const { summary, total } = this;
    const share = indexShare + Math.round((summary.files / Math.max(1, total)) * (100 - indexShare));
    this.progress.report(share, `checking ${summary.files}/${total}${filePath ? ` ${path.basename(filePath)}` : ''}`);
  }
}

/** The main thread indexes every assessment in slices, then checks each. False when cancelled. */
async function checkHere(session: Session, assessments: readonly string[], progress: Progress, tally: Tally): Promise<boolean> {
  let sliceStarted = performance.now();
  for (let from = 0; from < assessments.length; from += 64) {
    const inputs = await Promise.all(assessments.slice(from, from + 64).map((file) => session.checkInput(file)));
    for (const resolved of inputs) {
      if (progress.token.isCancellationRequested) return false;
      if (resolved?.enabled && resolved.input.text.length <= maxFileBytes) session.service.index(resolved.input);
      if (performance.now() - sliceStarted > sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
    tally.indexing(Math.min(from + 64, assessments.length), assessments.length);
  }
  tally.indexed();
  for (const target of assessments) {
    if (progress.token.isCancellationRequested) return false;
    await new Promise((resolve) => setImmediate(resolve));
    const result = await session.checker.check(target);
    tally.add(target, result?.findings.map((finding) => finding.severity) ?? []);
  }
  return true;
}

/**
 * What happened since a worker was handed a file that could make its answer
 * wrong: a file changed on disk, a buffer that is not an assessment (a schema,
 * a source) changed, or the settings changed. An answer made before the latest
 * change is not published; the main thread checks the file instead.
 */
class ChangeClock {
  generation = 0;
  constructor(readonly pool: WorkspacePool) {}
}

const runs = new WeakMap<Session, ChangeClock>();

/**
 * Tells a running workspace check that something its workers read may have
 * changed: a file on disk (`onDisk`), an open buffer, or the settings.
 */
export function noteWorkspaceChange(session: Session, change: { onDisk?: string; buffer?: string; settings?: boolean }): void {
  const clock = runs.get(session);
  if (!clock) return;
  // An assessment's own buffer is sent with it and compared on return: typing in it changes nothing else.
  if (change.buffer !== undefined && change.buffer.endsWith('.assessment.md')) return;
  clock.generation += 1;
  if (change.onDisk !== undefined) clock.pool.forget([change.onDisk]);
  if (change.buffer !== undefined) clock.pool.overlay(overlayOf(session));
}

/** The open buffers the workers must read before the disk: every one but the assessments, which travel with their work. */
function overlayOf(session: Session): Array<[string, string]> {
  return session.documents.all().flatMap((doc): Array<[string, string]> => {
    const filePath = pathOfUri(doc.uri);
    return filePath && !filePath.endsWith('.assessment.md') ? [[filePath, doc.getText()]] : [];
  });
}

/** Files read and handed to the workers per round: the texts of one round are held at a time. */
const roundSize = 512;

/** Workers index every assessment, then check each; the main thread publishes. False when cancelled. */
async function checkInWorkers(session: Session, script: string, workers: number, assessments: readonly string[], progress: Progress, tally: Tally): Promise<boolean> {
  const pool = new WorkspacePool(script, workers);
  const clock = new ChangeClock(pool);
  runs.set(session, clock);
  pool.overlay(overlayOf(session));
  // The workers' heaps sit beside the main thread's: every heap keeps near what it holds until they end.
  boundHeapGrowth();
  try {
    const indexed = await inRounds(session, pool, clock, assessments, progress, tally, 'index', (item, outcome) => acceptIndexed(session, item, outcome));
    if (!indexed) return false;
    tally.indexed();
    lowerHelperThreads();
    return await inRounds(session, pool, clock, assessments, progress, tally, 'check', (item, outcome, lists) => acceptChecked(session, tally, item, outcome as CheckedFile, lists));
  } finally {
    runs.delete(session);
    await pool.terminate();
    releaseHeapGrowth();
  }
}

/** A file handed to a worker, with the clock's generation at that moment. */
interface Handed extends WorkItem {
  generation: number;
  version?: number;
}

type Accept = (item: Handed, outcome: IndexedFile | CheckedFile, lists: (id: number) => string[]) => void | Promise<void>;

/**
 * Reads the files a round at a time (the next round is read while the workers
 * do this one), runs them in the pool, and does on the main thread whatever no
 * worker finished. False when cancelled.
 */
async function inRounds(session: Session, pool: WorkspacePool, clock: ChangeClock, files: readonly string[], progress: Progress, tally: Tally, type: 'index' | 'check', accept: Accept): Promise<boolean> {
  const read = async (from: number): Promise<Handed[]> => {
    const items: Handed[] = [];
    for (let i = from; i < Math.min(from + roundSize, files.length); i += 64) {
      const slice = files.slice(i, i + 64);
      const inputs = await Promise.all(slice.map((file) => session.checkInput(file)));
      for (const [j, resolved] of inputs.entries()) {
        if (resolved?.enabled && resolved.input.text.length <= maxFileBytes) {
          items.push({ ...resolved.input, generation: clock.generation, version: resolved.version });
        } else if (type === 'check') {
          // Unreadable, disabled and oversized files are the checker's to clear or refuse, on the main thread.
          const result = await session.checker.check(slice[j]);
          tally.add(slice[j], result?.findings.map((finding) => finding.severity) ?? []);
        }
      }
    }
    return items;
  };
  let next = read(0);
  for (let from = 0; from < files.length; from += roundSize) {
    const items = await next;
    if (progress.token.isCancellationRequested) return false;
    if (from + roundSize < files.length) next = read(from + roundSize);
    // Answers are published one per turn of the event loop, so a keystroke or a hover waits for one file at most.
    let publishing = Promise.resolve();
    const unfinished = await pool.run(type, items, (item, outcome, worker) => {
      if (progress.token.isCancellationRequested) pool.stop();
      publishing = publishing.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => accept(item as Handed, outcome, (id) => pool.dependencies(worker, id)));
    });
    await publishing;
    if (progress.token.isCancellationRequested) return false;
    // A worker died (out of memory on a huge file): the main thread does its files.
    for (const item of unfinished) {
      if (type === 'index') session.service.index(item);
      else {
        const result = await session.checker.check(item.path);
        tally.add(item.path, result?.findings.map((finding) => finding.severity) ?? []);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (type === 'index') tally.indexing(Math.min(from + roundSize, files.length), files.length);
  }
  return true;
}

/** Whether a worker's answer is still the answer: same text, same buffer version, nothing changed meanwhile. */
function stillCurrent(session: Session, item: Handed): boolean {
  if (runs.get(session)?.generation !== item.generation || !session.files.has(item.path)) return false;
  const open = session.host.openDocument(item.path);
  if (open) return open.version === item.version && open.getText() === item.text;
  if (item.version !== undefined) return false;
  const read = session.host.readText(item.path);
  return 'text' in read && read.text === item.text;
}

function acceptIndexed(session: Session, item: Handed, outcome: IndexedFile): void {
  // A stale summary is left out: the check that follows, or the main thread's check of the change, puts the right one.
  if (!stillCurrent(session, item)) return;
  session.service.putSummary(summaryOf(outcome));
}

async function acceptChecked(session: Session, tally: Tally, item: Handed, outcome: CheckedFile, lists: (id: number) => string[]): Promise<void> {
  if (!stillCurrent(session, item)) {
    const result = await session.checker.check(item.path);
    tally.add(item.path, result?.findings.map((finding) => finding.severity) ?? []);
    return;
  }
  const { diagnostics, dependencies, ...rest } = outcome;
  session.service.putSummary(summaryOf(outcome), true);
  session.checker.publish(item.path, session.uriOf(item.path), item.version, { ...rest, dependencies: sharedList(session, lists(dependencies)) }, diagnostics);
  tally.add(item.path, diagnostics.map(severityName));
}

function summaryOf(outcome: IndexedFile) {
  return { path: outcome.path, schemaPath: outcome.schemaPath, actorKeys: new Set(outcome.actorKeys), citedKeys: new Set(outcome.citedKeys) };
}

/**
 * The checker keeps one dependency list per schema version, shared by its
 * thousands of assessments (by identity); the lists workers send (one per
 * worker and schema version) are made one again here, by their contents.
 */
const sharedLists = new WeakMap<Session, Map<string, string[]>>();
const sharedOf = new WeakMap<string[], string[]>();

function sharedList(session: Session, list: string[]): string[] {
  const shared = sharedOf.get(list);
  if (shared) return shared;
  let lists = sharedLists.get(session);
  if (!lists) sharedLists.set(session, (lists = new Map()));
  // Lists no file uses any more are let go, so edits to a schema over a long session do not pile them up.
  const inUse = new Set(session.checker.dependencyLists());
  for (const [key, known] of lists) if (!inUse.has(known)) lists.delete(key);
  const key = list.join('\n');
  if (!lists.has(key)) lists.set(key, list);
  sharedOf.set(list, lists.get(key)!);
  return lists.get(key)!;
}

function severityName(diagnostic: Diagnostic): string {
  if (diagnostic.severity === DiagnosticSeverity.Error) return 'error';
  if (diagnostic.severity === DiagnosticSeverity.Warning) return 'warning';
  return diagnostic.severity === DiagnosticSeverity.Information ? 'info' : 'hint';
}
