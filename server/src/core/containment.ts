// Containment: a cloned repository must not make the tool read outside its own
// tree. A path is checked twice: as written (`..`, absolute paths), and with
// every symbolic link resolved, since `sources/pw.txt` may be a link to
// /etc/passwd. The host resolves links; the core only compares the answers.
import path from 'node:path';
import type { WorkspaceHost } from './workspace-host.js';

/** A path that may be read, or why it may not (one clause, for a message). */
export type Contained = { path: string } | { refused: string };

/**
 * Resolves `written` (as a user wrote it, relative to `base`) and accepts it
 * only when both the path and its link-resolved target stay inside `root`.
 */
export function containedPath(root: string, base: string, written: string, host: WorkspaceHost): Contained {
  if (path.isAbsolute(written)) return { refused: 'is an absolute path' };
  const resolved = path.resolve(base, written);
  if (!isInside(root, resolved)) return { refused: 'goes outside the folder (..)' };
  return containedTarget(root, resolved, host);
}

/** Accepts an absolute path inside `root` whose link-resolved target is inside `root`'s own target. */
export function containedTarget(root: string, resolved: string, host: WorkspaceHost): Contained {
  if (!host.realPath) return { path: resolved };
  const realTarget = host.realPath(resolved);
  if (realTarget === undefined) return { refused: 'is a loop of symbolic links' };
  const realRoot = host.realPath(root) ?? root;
  return isInside(realRoot, realTarget) ? { path: resolved } : { refused: 'leads outside the folder through a symbolic link' };
}

/** Whether `target` is `root` itself or below it (lexically; both absolute). */
export function isInside(root: string, target: string): boolean {
  // The common case without path.relative (a schema's every source, for every
  // assessment): a target that is the root plus separator plus a name, with
  // no `.` or `..` segment, is inside. Anything else takes the full answer.
  if (target.length > root.length + 1 && target.startsWith(root) && target[root.length] === path.sep && !root.endsWith(path.sep) && !/[\\/]\./.test(target.slice(root.length))) return true;
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}
