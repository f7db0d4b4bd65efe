import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFileName } from '../core/service.js';
import { describeIoError } from '../node/disk-host.js';
import { isSkippedFolder } from '../node/walk.js';

/** The .md and .txt files below a folder, sorted; assessments and schemas are not source texts. */
export function listTextFiles(folder: string): { files: string[] } | { error: string } {
  const files: string[] = [];
  const visit = (dir: string): string | undefined => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      return describeIoError(error);
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) visit(path);
      } else if (/\.(md|txt)$/i.test(entry.name) && !entry.name.endsWith('.assessment.md') && entry.name !== schemaFileName) {
        files.push(path);
      }
    }
    return undefined;
  };
  const error = visit(folder);
  return error ? { error } : { files: files.sort() };
}
