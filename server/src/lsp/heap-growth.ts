// How far V8 lets the server's heaps grow past what they hold. After a full
// collection V8 sets the next one at up to four times what survived, when the
// program allocates fast: a keystroke check of a long document makes tens of
// megabytes of garbage, so while the workspace check ran (10,000 assessments,
// 67 MB live on the main thread) the main heap reached 222 MB used and the
// process 650 MB resident. A fixed factor of 1.3 keeps each heap near what it
// holds (2,000 assessments while typing: peak 483 MB with V8's own factor,
// 343 MB at 1.6, 318 MB at 1.3; V8's helper threads spend a few milliseconds
// more per keystroke collecting, the main thread none). The flag is read at
// every collection, in every thread, so set here it holds for every way the
// server is started (an editor's client, a plain `tradecraft-lsp --stdio`, the
// bench), with nothing asked of the launcher.
import { setFlagsFromString } from 'node:v8';

/** Each heap's next full collection comes once it has grown this much past what survived the last. */
export const heapGrowingPercent = 30;

/** The V8 flags the server sets on itself at start (also reported by tradecraft/debugStatus). */
export const serverV8Flags = [`--heap-growing-percent=${heapGrowingPercent}`];

export function boundHeapGrowth(): void {
  for (const flag of serverV8Flags) setFlagsFromString(flag);
}
