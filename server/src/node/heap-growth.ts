// How far V8 lets the heaps grow past what they hold, while the server's
// workspace check runs its workers, or a long `tradecraft check` runs. After a full collection V8 sets the next one
// at up to four times what survived, when the program allocates fast: a
// keystroke check of a long document makes tens of megabytes of garbage, so
// while the workspace check ran (10,000 assessments, 67 MB live on the main
// thread) the main heap reached 222 MB used and the process, with the worker's
// heap beside it, 650 MB resident. A fixed factor of 1.3 keeps each heap near
// what it holds (2,000 assessments while typing: peak 483 MB with V8's own
// factor, 343 MB at 1.6, 318 MB at 1.3). It costs the keystrokes: after the
// check (300 assessments, typing in a 2,000-line document, alternating runs)
// typing p95 59/50 ms against 47/43 with V8's own, hover p95 9/12 against 6/6,
// so V8's own factor is given back when the workers end. The flag is read at
// every collection, in every thread, so set from the bundle it holds for every
// way the server is started (an editor's client, `tradecraft-lsp --stdio`, the
// bench), with nothing asked of the launcher.
import { setFlagsFromString } from 'node:v8';

/** While bounded, each heap's next full collection comes once it has grown this much past what survived the last. */
export const heapGrowingPercent = 30;

let bounded = 0;

/** Bounds heap growth until as many `releaseHeapGrowth` calls (the workspace checks running). */
export function boundHeapGrowth(): void {
  if (bounded++ === 0) setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}

/** Gives V8 its own growth factor back once no workspace check runs. */
export function releaseHeapGrowth(): void {
  if (bounded > 0 && --bounded === 0) setFlagsFromString('--heap-growing-percent=0');
}

/** The V8 flags the server has set on itself now (reported by tradecraft/debugStatus). */
export function serverV8Flags(): string[] {
  return bounded > 0 ? [`--heap-growing-percent=${heapGrowingPercent}`] : [];
}
