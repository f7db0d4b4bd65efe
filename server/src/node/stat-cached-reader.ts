// The language server reads schemas, source texts and assessments again and
// again (every check of an assessment loads its schema and every source the
// schema names). A file is read from disk only when a stat says it changed:
// same size, inode, modification and change time means the same text. So a
// keystroke costs a stat per source file, not a read, and a file edited on disk
// is still seen at once, also by clients that cannot watch files.
import type { ReadResult } from '../core/workspace-host.js';
import { RecentMap } from '../core/recent-map.js';
import { readTextFile, stampOf } from './disk-host.js';

/** How many file texts are kept: a workspace's schemas and sources, and the recent assessments. */
const capacity = 1024;

export interface StatCachedReader {
  read(path: string): ReadResult;
  /** Entries held, for long-session tests. */
  readonly size: number;
}

export function createStatCachedReader(): StatCachedReader {
  const cache = new RecentMap<string, { stamp: string; result: ReadResult }>(capacity);
  return {
    read(path) {
      const stamp = stampOf(path);
      const cached = stamp === undefined ? undefined : cache.get(path);
      if (cached && cached.stamp === stamp) return cached.result;
      const result = readTextFile(path);
      if (stamp === undefined) cache.delete(path);
      else cache.set(path, { stamp, result });
      return result;
    },
    get size() {
      return cache.size;
    },
  };
}
