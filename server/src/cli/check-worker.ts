// A worker thread of the check pool (check-pool.ts): checks the batches of
// assessments it is sent with a service of its own and sends back each file's
// outcome. The command line's bundle starts as one when workerData says so.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createTradecraftService } from '../core/service.js';
import { createDiskHost } from '../node/disk-host.js';
import { workerMarker, type BatchMessage, type OutcomesMessage, type WorkerSetup } from './check-pool.js';
import { checkAssessmentTarget, cliServiceOptions } from './check-target.js';
import { withStdin } from './stdin.js';

/** Whether this thread was started as a check worker. */
export function isCheckWorker(): boolean {
  return !isMainThread && workerData !== null && typeof workerData === 'object' && workerMarker in workerData;
}

export function serveChecks(): void {
  const setup = (workerData as Record<string, WorkerSetup>)[workerMarker];
  const host = withStdin(createDiskHost(), setup.stdin);
  const service = createTradecraftService(host, cliServiceOptions);
  parentPort!.on('message', ({ batch }: BatchMessage) => {
    const outcomes = batch.map(({ index, target }) => ({ index, outcome: checkAssessmentTarget(service, host, target, setup) }));
    parentPort!.postMessage({ outcomes } satisfies OutcomesMessage);
  });
}
