// The assessments of a large run, checked by a pool of worker threads, each
// with its own service (the schema is loaded and its sources indexed once per
// worker). Files go out in small batches, in order, a few batches ahead per
// worker; outcomes come back with their position, and the caller puts them
// back in order. The workers run the same bundle as the command line.
import { Worker } from 'node:worker_threads';
import type { CheckTarget } from '../node/walk.js';
import type { RunSettings, TargetOutcome } from './check-target.js';
import type { StdinInput } from './stdin.js';

/** What a worker is started with: the run's settings and standard input's text, if any. */
export interface WorkerSetup extends RunSettings {
  stdin?: StdinInput;
}

export interface PooledTarget {
  index: number;
  target: CheckTarget;
}

export interface BatchMessage {
  batch: PooledTarget[];
}

export interface OutcomesMessage {
  outcomes: Array<{ index: number; outcome: TargetOutcome }>;
}

/** The marker in workerData by which the bundle knows it was started as a check worker. */
export const workerMarker = 'tradecraftCheckWorker';

/** Files per message: enough that messaging costs nothing next to checking, few enough to share the tail evenly. */
const batchSize = 8;
/** Batches sent ahead to each worker, so that none waits for the next one. */
const batchesAhead = 2;
/**
 * A worker's heap: V8 lets a busy heap grow to several times what is live
 * (about 40 MB: the schema, its source indexes, the code) before it collects,
 * so without a bound memory grew with the run. A file too big for it is
 * checked again in the main thread, whose heap has no such bound.
 */
export const workerHeapMb = 256;

/**
 * Checks the items in `jobs` workers; resolves with the items a worker could
 * not finish (it ran out of memory or died), for the caller to check itself.
 */
export async function checkInPool(
  jobs: number,
  workerScript: string,
  setup: WorkerSetup,
  items: readonly PooledTarget[],
  onOutcome: (index: number, outcome: TargetOutcome, target: CheckTarget) => void,
): Promise<PooledTarget[]> {
  const queue: PooledTarget[][] = [];
  for (let i = 0; i < items.length; i += batchSize) queue.push(items.slice(i, i + batchSize));
  const byIndex = new Map(items.map((item) => [item.index, item.target]));
  const workers = Array.from({ length: Math.min(jobs, queue.length) }, () => new Worker(workerScript, {
    workerData: { [workerMarker]: setup },
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
  }));
  const inFlight = new Map<Worker, PooledTarget[][]>(workers.map((worker) => [worker, []]));
  const unfinished: PooledTarget[] = [];
  let remaining = items.length;
  await new Promise<void>((resolve) => {
    const finishIfDone = () => {
      if (remaining === 0) resolve();
    };
    const feed = (worker: Worker) => {
      const pending = inFlight.get(worker)!;
      while (pending.length < batchesAhead && queue.length > 0) {
        const batch = queue.shift()!;
        pending.push(batch);
        worker.postMessage({ batch } satisfies BatchMessage);
      }
    };
    const giveBack = (batches: PooledTarget[][]) => {
      for (const batch of batches) {
        unfinished.push(...batch);
        remaining -= batch.length;
      }
    };
    const lost = (worker: Worker) => {
      if (!inFlight.has(worker)) return;
      giveBack(inFlight.get(worker)!);
      inFlight.delete(worker);
      // With no worker left, what was queued is checked by the caller too.
      if (inFlight.size === 0) giveBack(queue.splice(0));
      finishIfDone();
    };
    for (const worker of workers) {
      worker.on('message', ({ outcomes }: OutcomesMessage) => {
        inFlight.get(worker)?.shift();
        for (const { index, outcome } of outcomes) {
          onOutcome(index, outcome, byIndex.get(index)!);
          remaining--;
        }
        feed(worker);
        finishIfDone();
      });
      worker.on('error', () => lost(worker));
      worker.on('exit', () => lost(worker));
      feed(worker);
    }
    finishIfDone();
  });
  await Promise.all(workers.map((worker) => worker.terminate()));
  return unfinished.sort((a, b) => a.index - b.index);
}
