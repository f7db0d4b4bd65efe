// The worker threads of the language server's workspace check: the server's own
// bundle started as workspace workers (workspace-worker.ts). Files go out in
// small batches, a few batches ahead per worker, so none waits; answers come
// back per batch. A worker that dies (out of memory on a huge file) gives its
// batches back, for the main thread to do itself. Modelled on the CLI's pool
// (cli/check-pool.ts), with one pool kept for both phases of the check.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workspaceWorkerMarker, type CheckedFile, type FromWorker, type IndexedFile, type ToWorker, type WorkItem } from './workspace-worker.js';

/**
 * Files per message: enough that messaging costs nothing next to the work, few
 * enough to share the tail evenly. Indexing a file takes under a millisecond,
 * so its batches are larger: two batches of 8 were 16 ms of work, less than one
 * keystroke check on the main thread, and the worker waited for the next.
 */
const batchSize = { index: 64, check: 8 };
/** Batches sent ahead to each worker, so that none waits for the next one. */
const batchesAhead = 2;
/**
 * A worker's heap (as the CLI's, see check-pool.ts): bounded so that V8 does
 * not let a busy heap grow to several times what is live (40–80 MB: the code,
 * the schema, its source indexes and the model's caches); a file too big for
 * the bound is done again on the main thread. The young generation is twice the
 * CLI's, a trade of memory for GC: a parse's garbage outlives small scavenges
 * (1,000 assessments, no typing: with 8 MB, V8's GC threads took 13 s of CPU
 * beside the workers' 17 s, peak 304 MB; with 32 MB, 10 s beside 16 s, 372 MB).
 */
const heapLimits = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 };

/**
 * How many workers: one core is left to the main thread (keystrokes, hovers)
 * and the editor, so one fewer than the cores, at least one, at most three
 * (each worker holds its own heap of some 80–100 MB). On two cores, one worker
 * against two, typing and hovering throughout (1,000 assessments, load 9.5):
 * peak 468 MB against 555, typing p95 180 ms against 269, indexed in 21.4 s
 * against 18.8.
 */
export function workerCount(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 3));
}

export type Outcome<K extends 'index' | 'check'> = K extends 'index' ? IndexedFile : CheckedFile;

export class WorkspacePool {
  private readonly workers: Worker[];
  /** The lists of files checks read, per worker and id (see CheckedFile.dependencies). */
  private readonly lists = new Map<Worker, Map<number, string[]>>();
  /** Workers that died: they get no more work. */
  private readonly dead = new Set<Worker>();
  private stopped = false;

  constructor(script: string, count: number) {
    this.workers = Array.from({ length: count }, () => new Worker(script, { workerData: { [workspaceWorkerMarker]: true }, resourceLimits: heapLimits }));
    for (const worker of this.workers) {
      this.lists.set(worker, new Map());
      // An idle pool must not keep the server alive at shutdown.
      worker.unref();
    }
  }

  /** The open buffers that are not assessments, for the workers to read before the disk. */
  overlay(texts: Array<[string, string]>): void {
    this.broadcast({ type: 'overlay', texts });
  }

  /** Files changed on disk: the workers stat them again. */
  forget(paths: string[]): void {
    this.broadcast({ type: 'forget', paths });
  }

  /** The list of files a worker's check read, by the id it sent. */
  dependencies(worker: Worker, id: number): string[] {
    return this.lists.get(worker)!.get(id)!;
  }

  /**
   * Runs the items in the workers; `onOutcome` hears each answer as it comes
   * (with the item and the worker). Resolves with the items no worker finished
   * (a worker died, or `stop` was called), for the caller to do itself.
   */
  run<K extends 'index' | 'check'>(type: K, items: readonly WorkItem[], onOutcome: (item: WorkItem, outcome: Outcome<K>, worker: Worker) => void): Promise<WorkItem[]> {
    const queue: WorkItem[][] = [];
    for (let i = 0; i < items.length; i += batchSize[type]) queue.push(items.slice(i, i + batchSize[type]));
    const live = this.workers.filter((worker) => !this.dead.has(worker));
    const inFlight = new Map<Worker, Map<number, WorkItem[]>>(live.map((worker) => [worker, new Map()]));
    const unfinished: WorkItem[] = [];
    let nextBatch = 0;
    return new Promise((resolve) => {
      const cleanups: Array<() => void> = [];
      const finishIfDone = () => {
        if ([...inFlight.values()].some((batches) => batches.size > 0) || (queue.length > 0 && inFlight.size > 0 && !this.stopped)) return;
        for (const cleanup of cleanups) cleanup();
        for (const batches of inFlight.values()) for (const batch of batches.values()) unfinished.push(...batch);
        resolve([...unfinished, ...queue.flat()]);
      };
      const feed = (worker: Worker) => {
        const pending = inFlight.get(worker)!;
        while (!this.stopped && pending.size < batchesAhead && queue.length > 0) {
          const batch = queue.shift()!;
          const id = nextBatch++;
          pending.set(id, batch);
          worker.postMessage({ type, batch: id, items: batch } satisfies ToWorker);
        }
      };
      for (const worker of live) {
        const onMessage = (message: FromWorker) => {
          if (message.type !== type) return;
          const batch = inFlight.get(worker)?.get(message.batch);
          if (!batch) return;
          inFlight.get(worker)!.delete(message.batch);
          if (message.type === 'check') for (const [id, list] of message.lists) this.lists.get(worker)!.set(id, list);
          message.results.forEach((outcome, i) => onOutcome(batch[i], outcome as Outcome<K>, worker));
          feed(worker);
          finishIfDone();
        };
        const onLost = () => {
          const batches = inFlight.get(worker);
          if (!batches) return;
          for (const batch of batches.values()) unfinished.push(...batch);
          inFlight.delete(worker);
          this.dead.add(worker);
          finishIfDone();
        };
        worker.on('message', onMessage);
        worker.on('error', onLost);
        worker.on('exit', onLost);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onLost);
          worker.off('exit', onLost);
        });
        feed(worker);
      }
      finishIfDone();
    });
  }

  /** Stops handing out work: `run` resolves once the batches in flight are answered. */
  stop(): void {
    this.stopped = true;
  }

  async terminate(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private broadcast(message: ToWorker): void {
    for (const worker of this.workers) if (!this.dead.has(worker)) worker.postMessage(message);
  }
}
