// The worker threads of the language server's workspace check: the server's own
// bundle started as workspace workers (workspace-worker.ts). Files go out in
// small batches, a few batches ahead per worker, so none waits; answers come
// back per batch. A worker that dies (out of memory on a huge file) gives its
// batches back, for the main thread to do itself. Modelled on the CLI's pool
// (cli/check-pool.ts), with one pool kept for both phases of the check.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workspaceWorkerMarker, type CheckedFile, type FromWorker, type IndexedFile, type ToWorker, type WorkItem } from './workspace-worker.js';

/** Files per message: enough that messaging costs nothing next to the work, few enough to share the tail evenly. */
const batchSize = 8;
/** Batches sent ahead to each worker, so that none waits for the next one. */
const batchesAhead = 2;
/**
 * A worker's heap (as the CLI's, see check-pool.ts): bounded so that V8 does
 * not let a busy heap grow to several times what is live; a file too big for
 * the bound is done again on the main thread.
 */
const heapLimits = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 8 };

/**
 * How many workers: one per core, at most two. The workers run below normal
 * priority, so on two cores the main thread and the editor still get a core
 * whenever they need one; more workers than cores would only add heaps.
 */
export function workerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 2));
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
    for (let i = 0; i < items.length; i += batchSize) queue.push(items.slice(i, i + batchSize));
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
