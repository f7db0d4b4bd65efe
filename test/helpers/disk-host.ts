import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ReadResult, WorkspaceHost } from '../../server/src/core/workspace-host.js';

/** A plain disk host for tests (the CLI has its own, with size and binary checks). */
export const testDiskHost: WorkspaceHost = {
  readText(path: string): ReadResult {
    try {
      return { text: readFileSync(path, 'utf8') };
    } catch (error) {
      return { error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error) };
    }
  },
  fileExists: (path: string) => existsSync(path) && statSync(path).isFile(),
};
