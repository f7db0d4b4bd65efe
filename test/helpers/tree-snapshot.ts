import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Every entry below a folder: files by content hash and modification time
 * (so a rewrite with the same bytes counts too), folders and links by kind.
 * Two equal snapshots mean nothing was created, changed, touched or removed.
 */
export function snapshotTree(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const relative = path.relative(root, full);
      const stats = lstatSync(full);
      if (stats.isSymbolicLink()) entries[relative] = `link → ${readlinkSync(full)}`;
      else if (stats.isDirectory()) {
        entries[relative] = 'folder';
        visit(full);
      } else entries[relative] = `file ${createHash('sha256').update(readFileSync(full)).digest('hex')} mtime ${stats.mtimeMs}`;
    }
  };
  visit(root);
  return entries;
}
