// Helpers for the command-line tests: they run the built binary, exactly as
// users and CI do, on fixture folders (copied to a temporary folder when a
// test needs to add files that git would not keep, such as node_modules).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const binary = join(repoRoot, 'dist', 'tradecraft.cjs');
export const fixtures = join(repoRoot, 'test', 'fixtures', 'cli');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm test` builds first; a test file run on its own builds when dist is missing. */
export function ensureBuilt(): void {
  if (existsSync(binary)) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8', shell: process.platform === 'win32' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

/** Runs `node dist/tradecraft.cjs ...args` and waits for it. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  // The tests decide about colours themselves; the caller's terminal settings must not leak in.
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // Standard input is closed unless a test pipes text into `check -`.
    input: options.input ?? '',
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses stdout as JSON, failing with the output when it is not. */
export function parseJson(run: CliRun): any {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

/** A fresh temporary folder, optionally seeded with a copy of a fixture folder. */
export function makeTempFolder(copyOf?: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'tradecraft-cli-'));
  if (copyOf) cpSync(join(fixtures, copyOf), path, { recursive: true });
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The fixture workspace as a path relative to the repository root, as a user would type it. */
export const workspace = 'test/fixtures/cli/workspace';
