import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ReadResult, WorkspaceHost } from '../core/workspace-host.js';

/** Files larger than this are refused: no assessment or source brief is that long, a log dump is. */
export const maxFileBytes = 5 * 1024 * 1024;

/** How much of a file is looked at to tell text from binary content, as git does. */
const binarySniffBytes = 8 * 1024;

/** The disk as a WorkspaceHost, with a way to drop one file's cached text. */
export interface DiskHost extends WorkspaceHost {
  /** Drops a file's cached read (a checked assessment, not read again in this run). */
  forget(path: string): void;
}

/**
 * A WorkspaceHost backed by the disk, for one command-line run, which checks
 * a snapshot: reads, file tests and resolved links are cached for the life of
 * the host (many assessments cite the same source texts, and every one of
 * them has each source's path resolved to check it stays in its folder). A
 * checked file is forgotten, so memory stays flat.
 */
export function createDiskHost(): DiskHost {
  const cache = new Map<string, ReadResult>();
  const exists = new Map<string, boolean>();
  const links = new Map<string, string | undefined>();
  const stamps = new Map<string, string | undefined>();
  return {
    snapshot: true,
    forget(path) {
      cache.delete(path);
      stamps.delete(path);
    },
    readText(path: string): ReadResult {
      let result = cache.get(path);
      if (result === undefined) {
        result = readTextFile(path);
        cache.set(path, result);
      }
      return result;
    },
    fileExists(path: string): boolean {
      let found = exists.get(path);
      if (found === undefined) exists.set(path, (found = isRegularFile(path)));
      return found;
    },
    realPath(path: string): string | undefined {
      if (!links.has(path)) links.set(path, resolveLinks(path));
      return links.get(path);
    },
    // A run checks a snapshot: each file's stamp is taken once, like its text.
    stamp(path: string): string | undefined {
      if (!stamps.has(path)) stamps.set(path, stampOf(path));
      return stamps.get(path);
    },
  };
}

/** Reads one UTF-8 text file, or says in a few words why it is not one. */
export function readTextFile(path: string): ReadResult {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { error: describeIoError(error) };
  }
  if (stats.isDirectory()) return { error: 'is a folder, not a file' };
  if (!stats.isFile()) return { error: 'not a regular file' };
  if (stats.size > maxFileBytes) return { error: `file too large (${formatMegabytes(stats.size)} MB, limit ${formatMegabytes(maxFileBytes)} MB)` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: describeIoError(error) };
  }
  if (bytes.subarray(0, binarySniffBytes).includes(0)) return { error: 'binary file, not UTF-8 text' };
  return { text: decodeUtf8(bytes) };
}

/**
 * A path with every symbolic link resolved. A missing file resolves through
 * its folder (so it is reported missing, not refused); a loop of links is
 * undefined.
 */
export function resolveLinks(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return undefined;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) return path;
    const resolvedParent = resolveLinks(parent);
    return resolvedParent === undefined ? undefined : join(resolvedParent, basename(path));
  }
}

/** Whether a regular file exists at a path (following links). */
export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    // fileExists has no error channel; a later readText on the same path says why.
    return false;
  }
}

/** A short reason for a failed file-system call, without node's path-laden message. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ELOOP': return 'too many symbolic links';
    default: return error instanceof Error ? error.message : String(error);
  }
}

// Invalid sequences become U+FFFD rather than failing the file: a stray
// Windows-1252 quote should cost one character, not every check in the file.
// ignoreBOM: false makes the decoder drop a leading byte-order mark, which
// would otherwise shift every column on the first line.
function decodeUtf8(bytes: Buffer): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 10 ? megabytes.toFixed(0) : megabytes.toFixed(1);
}

/** What tells one version of a file from the next without reading it; undefined when it cannot be stat-ed. */
export function stampOf(path: string): string | undefined {
  let stats: Stats | undefined;
  try {
    stats = statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : undefined;
}
