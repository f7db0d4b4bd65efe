// Background work runs below the editor's priority, as clangd's background index
// does: on a machine with few cores the server's main thread (keystrokes, hovers)
// and the editor get the CPU whenever they want it. Linux keeps a nice value per
// thread, set by its thread id; elsewhere, or where it is not allowed, nothing
// changes. A thread cannot raise its priority again, so a lowered thread stays
// lowered until it ends.
import { readdirSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The nice value of background work: the main thread at 0 gets about ten times its share of a contended core. */
export const backgroundNice = 10;

/** Lowers the calling thread (a worker's). */
export function lowerThisThread(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, backgroundNice);
  } catch {
    // Not Linux, or not allowed.
  }
}

/**
 * Lowers every thread of the process but the main one: V8's platform threads
 * (concurrent marking, parallel scavenges and background compilation, shared by
 * every isolate of the process, so the workers' collections run on them), libuv's
 * pool and the workers. Threads started later take the nice value of the thread
 * that starts them. Called from the main thread.
 */
export function lowerHelperThreads(): void {
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const name of threads) {
    const threadId = Number(name);
    if (!Number.isInteger(threadId) || threadId === process.pid) continue;
    try {
      setPriority(threadId, backgroundNice);
    } catch {
      // Ended meanwhile, or not allowed.
    }
  }
}
