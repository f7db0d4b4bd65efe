import { dirname } from 'node:path';
import { isInside } from '../core/containment.js';

/**
 * The folder a front matter `schema:` must stay inside on the command line:
 * the working folder (where a CI job checks out the repository), or, for a
 * file outside it, that file's own folder.
 */
export function workspaceRootOf(absolutePath: string, cwd: string): string {
  return isInside(cwd, absolutePath) ? cwd : dirname(absolutePath);
}
