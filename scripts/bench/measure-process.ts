// Runs one measured child process: wall time from spawn to exit, and the
// child's own CPU time and peak RSS (all its threads), which it writes at exit
// through the usage-on-exit.cjs preload.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const preload = path.join(import.meta.dirname, 'usage-on-exit.cjs');

export interface ProcessRun {
  code: number | null;
  wallMs: number;
  /** User + system CPU time of the child. */
  cpuMs: number;
  userMs: number;
  systemMs: number;
  maxRssMb: number;
  stdoutBytes: number;
  /** Standard output, when asked to keep it. */
  stdout?: string;
  stderr: string;
}

export async function runMeasured(script: string, args: string[], options: { cwd: string; keepStdout?: boolean; timeoutMs?: number }): Promise<ProcessRun> {
  const folder = mkdtempSync(path.join(tmpdir(), 'tradecraft-usage-'));
  const usageFile = path.join(folder, 'usage.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', preload, script, ...args], {
    cwd: options.cwd,
    env: { ...process.env, TRADECRAFT_BENCH_USAGE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdoutBytes = 0;
  const kept: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length;
    if (options.keepStdout) kept.push(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  const code = await new Promise<number | null>((resolve) => child.on('close', (exit) => resolve(exit)));
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { userMs: NaN, systemMs: NaN, maxRssKb: NaN };
  rmSync(folder, { recursive: true, force: true });
  return {
    code,
    wallMs,
    userMs: usage.userMs,
    systemMs: usage.systemMs,
    cpuMs: usage.userMs + usage.systemMs,
    maxRssMb: usage.maxRssKb / 1024,
    stdoutBytes,
    stdout: options.keepStdout ? Buffer.concat(kept).toString('utf8') : undefined,
    stderr: Buffer.concat(stderr).toString('utf8'),
  };
}

/** The median of some numbers (the lower middle one for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
