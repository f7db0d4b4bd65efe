// `tradecraft check | slow-reader`: a pipe is written asynchronously, so a run
// that wrote on while its reader lagged kept its whole output in memory. The
// run waits for the pipe to drain: what waits for the reader stays near the
// stream's buffer, and nothing is lost or reordered. With a worker, this
// thread also waits while its files are held for a worker's earlier ones (a
// worker still starting): it raced ahead, and 520-720 KB were written at once
// when the worker's first answer came.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { writeWorkspace } from '../../scripts/bench/generate-workspace.js';
import { binary, ensureBuilt, makeTempFolder, runCli } from './run-cli.js';

before(ensureBuilt);

/** Runs the CLI with stdout on a pipe that is not read for the first `pauseMs`. */
function runWithSlowReader(args: string[], cwd: string, pauseMs: number): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, ...args], { cwd, env: { ...process.env, TRADECRAFT_DEBUG: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.pause();
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    setTimeout(() => child.stdout.resume(), pauseMs);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr, code }));
  });
}

describe('output to a slow reader', () => {
  const temp = makeTempFolder();
  after(temp.remove);
  // 240 invented assessments: about 2 MB of text findings.
  writeWorkspace(temp.path, { assessments: 240, sources: 12, actors: 20, longLines: 60, seed: 3 });
  const expected = runCli(['check', '.', '--jobs', '1'], { cwd: temp.path });

  for (const jobs of ['1', '2']) {
    test(`--jobs ${jobs}: the run waits for the pipe, and the output is whole and in order`, async () => {
      assert.ok(expected.stdout.length > 1_000_000, `${expected.stdout.length} bytes of output`);
      const run = await runWithSlowReader(['check', '.', '--jobs', jobs], temp.path, 4000);
      assert.equal(run.code, expected.code, run.stderr);
      assert.equal(run.stdout, expected.stdout);
      const held = Number(/at most (\d+) bytes of output waited/.exec(run.stderr)?.[1]);
      assert.ok(held < 480 * 1024, `${held} bytes waited for the reader at once, of ${expected.stdout.length}`);
    });
  }
});
