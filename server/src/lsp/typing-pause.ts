// How long a burst of keystrokes must pause before its document is checked.
// The pause adapts to the document, as VS Code's own language features do
// (LanguageFeatureDebounceService): it is as long as the document's recent checks
// took, so a server checking while the analyst types is busy at most about half of
// that time, and a document that checks in a few milliseconds is never kept waiting
// for a fixed delay meant for slow ones. The first check of a document (a whole
// parse, every block built) says nothing of what a keystroke costs and is not
// counted, and the median of the rest is taken, so one slow check (a collection,
// a change that needs a whole parse, the first keystrokes' cold code) does not
// hold up the keystrokes after it.

/** The shortest pause: edits a client sends together (a burst, a macro, a multi-step change) are checked once. */
export const shortestPauseMs = 10;
/** The longest: a document whose check takes seconds is still checked within two seconds of the last edit. */
export const longestPauseMs = 2000;
/** How many recent checks the pause is taken over (VS Code's debounce keeps a window of 6). */
const window = 6;

interface FileTiming {
  /** Durations of the last few checks but the first, oldest first. */
  recent: number[];
  /** Whether the file's first check was seen. */
  firstSeen: boolean;
  /** When the file last changed (was scheduled). */
  changed: number;
}

export class TypingPause {
  private readonly files = new Map<string, FileTiming>();

  /**
   * Records a change at `now` and says how long to wait before checking: nothing
   * after a pause (the file's last change was at least a pause ago and no check is
   * pending), else the pause (a leading-edge debounce counted from the last change).
   */
  waitAfterChange(filePath: string, now: number, pending: boolean): number {
    const timing = this.files.get(filePath);
    const pause = pauseOf(timing);
    const paused = !pending && now - (timing?.changed ?? -Infinity) >= pause;
    if (timing) timing.changed = now;
    else this.files.set(filePath, { recent: [], firstSeen: false, changed: now });
    return paused ? 0 : pause;
  }

  /** Records how long a check of the file took, publishing included. */
  checked(filePath: string, took: number): void {
    const timing = this.files.get(filePath);
    if (!timing) {
      this.files.set(filePath, { recent: [], firstSeen: true, changed: -Infinity });
      return;
    }
    if (!timing.firstSeen) {
      timing.firstSeen = true;
      return;
    }
    timing.recent.push(took);
    if (timing.recent.length > window) timing.recent.shift();
  }

  /** The pause the file's next burst of keystrokes waits for. */
  pauseFor(filePath: string): number {
    return pauseOf(this.files.get(filePath));
  }

  forget(filePath: string): void {
    this.files.delete(filePath);
  }

  get size(): number {
    return this.files.size;
  }
}

/**
 * Until this many checks are seen, the missing ones count as the shortest pause:
 * the first keystroke checks after a document opens run code the server has not
 * run yet (the bench's 2,000-line document: 50–90 ms, then 13–20), and one of
 * them alone made the next keystrokes wait 50 ms each.
 */
const fewestChecks = 3;

function pauseOf(timing: FileTiming | undefined): number {
  if (!timing || timing.recent.length === 0) return shortestPauseMs;
  const missing = Math.max(0, fewestChecks - timing.recent.length);
  const sorted = [...timing.recent, ...Array<number>(missing).fill(shortestPauseMs)].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.min(longestPauseMs, Math.max(shortestPauseMs, median));
}
