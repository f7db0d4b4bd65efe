// The language server reads schemas, source texts and assessments again and
// again (every check of an assessment loads its schema and every source the
// schema names, and a workspace check does so for thousands of files). A file
// is read from disk only when a stat says it changed: same inode, size,
// modification and change time means the same text. A stat is trusted for a
// second, and a file event forgets it at once, so a keystroke or a file of the
// workspace check costs no system call per source, a file saved by another
// program is seen at once where the client watches files, and within a second
// where it cannot (Neovim 0.7).
import type { ReadResult } from '../core/workspace-host.js';
import { RecentMap } from '../core/recent-map.js';
import { readTextFile, stampOf } from './disk-host.js';

/** How many file texts are kept: a workspace's schemas and sources, and the recent assessments. */
const capacity = 1024;

/** How long a stat is taken as the file's state. */
const trustMs = 1000;

export interface StatCachedReader {
  read(path: string): ReadResult;
  /** The file's stamp (see WorkspaceHost.stamp), from a stat at most a second old. */
  stamp(path: string): string | undefined;
  /** A file event for this path: its next read or stamp stats it again. */
  forget(path: string): void;
  /** Entries held, for long-session tests. */
  readonly size: number;
}

export function createStatCachedReader(now: () => number = () => performance.now()): StatCachedReader {
  const texts = new RecentMap<string, { stamp: string; result: ReadResult }>(capacity);
  const stamps = new RecentMap<string, { at: number; stamp: string | undefined }>(capacity * 4);
  const stamp = (path: string): string | undefined => {
    const known = stamps.get(path);
    if (known && now() - known.at < trustMs) return known.stamp;
    const fresh = stampOf(path);
    stamps.set(path, { at: now(), stamp: fresh });
    return fresh;
  };
  return {
    read(path) {
      const current = stamp(path);
      const cached = current === undefined ? undefined : texts.get(path);
      if (cached && cached.stamp === current) return cached.result;
      const result = readTextFile(path);
      if (current === undefined) texts.delete(path);
      else texts.set(path, { stamp: current, result });
      return result;
    },
    stamp,
    forget(path) {
      stamps.delete(path);
    },
    get size() {
      return texts.size;
    },
  };
}
