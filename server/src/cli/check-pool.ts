// The assessments of a large run, checked by a pool of worker threads, each
// with its own service (the schema is loaded and its sources indexed once per
// worker). Files go out in small batches, in order, a few batches ahead per
// worker; outcomes come back with their position, and the caller puts them
// back in order. The workers run the same bundle as the command line.
import { Worker } from 'node:worker_threads';
import type { CheckTarget } from '../node/walk.js';
import type { RunSettings, TargetOutcome } from './check-target.js';
import type { StdinInput } from './stdin.js';
import { outputDrained, type OutputStream } from './cli-io.js';

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
 * A worker's heap. The young generation holds what one file's check makes
 * (its parse tree, the events it is built from, its sentences: about 1.5 MB
 * live at any moment): at 8 MB most of it outlived a scavenge and was
 * promoted, and the old generation's collections cost a fifth of the run's
 * CPU; at 32 MB few are. 24 MB trades a little CPU for memory: 10,000
 * assessments, two alternating runs each, peak 298/303 MB against 324/317 at
 * 32 (the target is 300), CPU 174.6/165.4 s against 168.9/163.7; 2,000
 * assessments, three alternating runs, median CPU 40.0 s against 37.4 (+7%),
 * peak 270 MB against 289. The old generation is bounded where it grows
 * (heap-growth.ts), not here. A file too big for the bound is checked again
 * in the main thread, whose heap has none.
 */
export const workerHeapLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 24 };

/**
 * Checks the items in `threads` threads: this one (`checkHere`, a batch at a
 * time between turns of the event loop, so that workers are fed as they
 * answer and the output drains) and `threads - 1` workers. Each thread's service loads the schema and
 * indexes its sources once, so a thread less is a copy less; this thread's
 * heap is V8's default, which collects a check's garbage more cheaply than a
 * worker's bounded one. Resolves with the items a worker could not finish (it
 * ran out of memory or died), for the caller to check itself.
 */
export async function checkInPool(
  threads: number,
  workerScript: string,
  setup: WorkerSetup,
  items: readonly PooledTarget[],
  checkHere: (target: CheckTarget) => TargetOutcome,
  /** Where the outcomes are written: while it waits for its reader, no thread is given more. */
  output: OutputStream,
  onOutcome: (index: number, outcome: TargetOutcome, target: CheckTarget) => void,
  /**
   * How many finished files wait for an earlier one before they can be written
   * (ordered-output.ts): while more than a worker's batches ahead do, this
   * thread takes no batch, so that it does not race ahead of a worker (one
   * still starting, say) and pile up output that is then written at once.
   */
  heldForOrder: () => number = () => 0,
): Promise<PooledTarget[]> {
  const queue: PooledTarget[][] = [];
  for (let i = 0; i < items.length; i += batchSize) queue.push(items.slice(i, i + batchSize));
  const byIndex = new Map(items.map((item) => [item.index, item.target]));
  const workers = Array.from({ length: Math.max(1, Math.min(threads - 1, queue.length - 1)) }, () => new Worker(workerScript, {
    workerData: { [workerMarker]: setup },
    resourceLimits: workerHeapLimits,
  }));
  const inFlight = new Map<Worker, PooledTarget[][]>(workers.map((worker) => [worker, []]));
  const unfinished: PooledTarget[] = [];
  let remaining = items.length;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const finishIfDone = () => {
    if (remaining === 0) done();
  };
  const feed = (worker: Worker) => {
    const pending = inFlight.get(worker)!;
    while (pending.length < batchesAhead && queue.length > 0) {
      const batch = queue.shift()!;
      pending.push(batch);
      worker.postMessage({ batch } satisfies BatchMessage);
    }
  };
  const lost = (worker: Worker) => {
    if (!inFlight.has(worker)) return;
    for (const batch of inFlight.get(worker)!) {
      unfinished.push(...batch);
      remaining -= batch.length;
    }
    inFlight.delete(worker);
    finishIfDone();
  };
  // Resolved at each answer of a worker: this thread waits for one while too much output is held for order.
  let answered: () => void = () => {};
  const nextAnswer = () => new Promise<void>((resolve) => (answered = resolve));
  for (const worker of workers) {
    worker.on('message', ({ outcomes }: OutcomesMessage) => {
      answered();
      inFlight.get(worker)?.shift();
      for (const { index, outcome } of outcomes) {
        onOutcome(index, outcome, byIndex.get(index)!);
        remaining--;
      }
      if (!output.writableNeedDrain) feed(worker);
      finishIfDone();
    });
    worker.on('error', () => {
      lost(worker);
      answered();
    });
    worker.on('exit', () => {
      lost(worker);
      answered();
    });
    feed(worker);
  }
  // This thread takes the next batch whenever it is free; what the workers
  // have not taken when they are all lost, it checks too.
  const mostHeldForOrder = batchesAhead * batchSize * workers.length;
  while (queue.length > 0) {
    await outputDrained(output);
    const workerBusy = () => [...inFlight.values()].some((pending) => pending.length > 0);
    while (heldForOrder() > mostHeldForOrder && workerBusy()) await nextAnswer();
    workers.forEach((worker) => inFlight.has(worker) && feed(worker));
    const batch = queue.shift();
    for (const { index, target } of batch ?? []) {
      onOutcome(index, checkHere(target), target);
      remaining--;
    }
  }
  finishIfDone();
  await finished;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return unfinished.sort((a, b) => a.index - b.index);
}
