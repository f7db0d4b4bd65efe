// The command line on the same files as an editor test: what the editor must
// show is what `tradecraft check --format json` reports.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './paths.mjs';

export const cliPath = path.join(root, 'dist', 'tradecraft.cjs');

/**
 * Runs `tradecraft check --format json` on some paths. Resolves with the exit
 * status (0, or 1 for error-level findings) and the parsed report; any other
 * outcome throws with the command's own message.
 */
export function cliCheck(paths) {
  const result = spawnSync(process.execPath, [cliPath, 'check', '--format', 'json', ...paths], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`tradecraft check failed (${result.status ?? result.signal ?? result.error?.message}): ${result.stderr}`);
  }
  return { status: result.status, report: JSON.parse(result.stdout) };
}
