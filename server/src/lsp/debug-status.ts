// `tradecraft/debugStatus`: what the server holds, for the long-session tests
// and scripts/long-session.ts (memory, cache sizes, live timers and
// listeners), and its process id, for the extension's crash test. Read-only; no client needs it to work.
import { serverV8Flags } from '../node/heap-growth.js';
import type { HandlingSummary } from './handling-times.js';
import type { Session } from './session.js';

export const debugStatusRequest = 'tradecraft/debugStatus';

export interface DebugStatus {
  /** The server's process id, so a test can kill it and watch the client restart it. */
  pid: number;
  heapUsedBytes: number;
  /** The main thread's heap as V8 holds it, garbage included (heapUsedBytes is after a collection when `collected`). */
  heapTotalBytes: number;
  /** The V8 flags the server has set on itself now (heap-growth.ts: while the workspace check's workers run). */
  v8Flags: string[];
  rssBytes: number;
  /** Whether the heap was collected first (the server runs with --expose-gc). */
  collected: boolean;
  openDocuments: number;
  caches: Record<string, number>;
  /** How many actor cards the server built in idle time for open documents (card-warmer.ts). */
  preparedCards: number;
  /** Live handles by kind (`Timeout`, `Immediate`, …), as Node counts them. */
  activeResources: Record<string, number>;
  /** Listeners on the process (uncaughtException and the like). */
  processListeners: number;
  /** How long the server took to answer its recent requests, by kind (`hover`, `completion`, …): handler start to answer. */
  handling: Record<string, HandlingSummary>;
}

export function registerDebugStatus(session: Session): void {
  session.connection.onRequest(debugStatusRequest, (): DebugStatus => {
    const gc = (globalThis as { gc?: () => void }).gc;
    const heapTotalBytes = process.memoryUsage().heapTotal;
    gc?.();
    const memory = process.memoryUsage();
    const activeResources: Record<string, number> = {};
    for (const kind of process.getActiveResourcesInfo()) activeResources[kind] = (activeResources[kind] ?? 0) + 1;
    const processListeners = process.eventNames().reduce((sum, name) => sum + process.listenerCount(name), 0);
    return {
      pid: process.pid,
      heapUsedBytes: memory.heapUsed,
      heapTotalBytes,
      v8Flags: serverV8Flags(),
      rssBytes: memory.rss,
      collected: gc !== undefined,
      openDocuments: session.documents.all().length,
      caches: { ...session.service.cacheSizes(), ...session.checker.sizes(), settings: session.settings.size() },
      preparedCards: session.checker.preparedCards,
      activeResources,
      processListeners,
      handling: session.handlingTimes.summary(),
    };
  });
}
