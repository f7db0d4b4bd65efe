import type { OutputStream } from './cli-io.js';

/** Below this many files a run is over before a progress line would help. */
const minFilesForProgress = 20;
/** Redrawing more often than this only costs time. */
const redrawIntervalMs = 80;

/** One updating line on stderr while many files are checked. */
export interface Progress {
  /** Says that the file at this position (0-based) is being checked. */
  update(done: number, path: string): void;
  /** Erases the line, before anything else is written to stderr and at the end. */
  clear(): void;
}

/**
 * A progress line on a terminal's stderr, or nothing: a pipe or a log file
 * gets no progress, and stdout never does, so JSON and SARIF stay clean.
 */
export function createProgress(stream: OutputStream, total: number): Progress {
  if (stream.isTTY !== true || total <= minFilesForProgress) return { update() {}, clear() {} };
  let lastDraw = 0;
  let shown = false;
  return {
    update(done, path) {
      const now = Date.now();
      if (now - lastDraw < redrawIntervalMs) return;
      lastDraw = now;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      const counter = `checking ${done + 1}/${total} `;
      // The end of a path (the file name) says more than its start.
      const room = Math.max(1, width - counter.length);
      const shownPath = path.length > room ? '…' + path.slice(path.length - room + 1) : path;
      stream.write(`\r\u001b[K${counter}${shownPath}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
