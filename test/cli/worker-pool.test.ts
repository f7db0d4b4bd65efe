// `check --jobs N` checks with worker threads; whatever N, the output must be
// the same bytes as a run in one thread: the same files in the same order, the
// same findings (unused-source included, which needs every file's citations),
// the same lines on stderr and the same exit code.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writeWorkspace } from '../../scripts/bench/generate-workspace.js';
import { defaultThreads } from '../../server/src/cli/run-checks.js';
import { ensureBuilt, makeTempFolder, runCli } from './run-cli.js';

before(ensureBuilt);

describe('check with a pool of worker threads', () => {
  const temp = makeTempFolder();
  after(temp.remove);
  // A workspace in invented words: 40 assessments citing 12 sources (some never
  // cited), a long assessment sorted after the schema, so that files finished
  // early wait for the schema, which is checked last.
  writeWorkspace(temp.path, { assessments: 40, sources: 12, actors: 20, longLines: 300, seed: 5 });
  mkdirSync(join(temp.path, 'more'), { recursive: true });
  writeFileSync(join(temp.path, 'more', 'binary.assessment.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
  writeFileSync(join(temp.path, 'more', 'elsewhere.assessment.md'), '---\nschema: ../nowhere/claims-schema.yaml\n---\n# Note\n\nThe convoy moved 40 trucks to the port.\n');
  writeFileSync(join(temp.path, 'more', 'quiet.assessment.md'), '# Note\n\nWe judge that the ministry will likely resume its patrols [@src-3, ¶2].\n');

  for (const format of ['text', 'json', 'sarif', 'github', 'gitlab']) {
    test(`--format ${format}: --jobs 2 and 3 print exactly what --jobs 1 prints`, () => {
      const one = runCli(['check', '.', '--format', format, '--jobs', '1'], { cwd: temp.path });
      assert.equal(one.code, 2, one.stderr);
      assert.match(one.stderr, /cannot read more\/binary\.assessment\.md: binary file/);
      // Written a file at a time, the JSON formats are still exactly what JSON.stringify would print.
      if (format !== 'text' && format !== 'github') assert.equal(one.stdout, `${JSON.stringify(JSON.parse(one.stdout), null, 2)}\n`);
      for (const jobs of format === 'text' || format === 'json' ? ['2', '3'] : ['2']) {
        const pooled = runCli(['check', '.', '--format', format, '--jobs', jobs], { cwd: temp.path });
        assert.equal(pooled.stdout, one.stdout, `stdout of --jobs ${jobs}`);
        assert.equal(pooled.stderr, one.stderr, `stderr of --jobs ${jobs}`);
        assert.equal(pooled.code, one.code);
      }
    });
  }

  test('the pool is used, and finds unused sources from every worker\'s files', () => {
    const pooled = runCli(['check', '.', '--format', 'json', '--jobs', '2'], { cwd: temp.path, env: { TRADECRAFT_DEBUG: '1' } });
    assert.match(pooled.stderr, /debug: 2 threads \(this one and 1 worker\(s\)\) for 44 assessment\(s\)/);
    const report = JSON.parse(pooled.stdout);
    const schema = report.files.find((file: { path: string }) => file.path === 'claims-schema.yaml');
    const unused = schema.diagnostics.filter((d: { code: string }) => d.code === 'unused-source');
    // Some of the twelve sources are cited only by a few files: each would be called unused if any worker's keys were lost.
    assert.ok(unused.length < 12, `${unused.length} unused`);
    assert.deepEqual(report.files.map((file: { path: string }) => file.path).slice(-5), [
      'assessments/g00/a-00039.assessment.md', 'claims-schema.yaml', 'long.assessment.md', 'more/elsewhere.assessment.md', 'more/quiet.assessment.md',
    ]);
  });

  test('standard input is checked by a worker as the file it stands for', () => {
    const input = '# Piped\n\nThe convoy moved 40 trucks to the port [@src-1, ¶1].\n';
    const args = ['check', '-', 'assessments', '--stdin-filename', 'piped.assessment.md', '--format', 'json'];
    const one = runCli([...args, '--jobs', '1'], { cwd: temp.path, input });
    const pooled = runCli([...args, '--jobs', '2'], { cwd: temp.path, input });
    assert.equal(JSON.parse(one.stdout).files[0].path, 'piped.assessment.md');
    assert.equal(pooled.stdout, one.stdout);
    assert.equal(pooled.stderr, one.stderr);
  });

  test('--jobs takes a whole number of 1 or more', () => {
    const run = runCli(['check', '.', '--jobs', '0'], { cwd: temp.path });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "tradecraft: --jobs expects a whole number of 1 or more, got '0'\n");
  });
});

describe('the number of threads when --jobs is not given', () => {
  test('a small run is checked in one thread, whatever the cores', () => {
    assert.equal(defaultThreads(199, 16), 1);
  });

  test('a large run leaves one core to V8 helper threads, and uses at most 8', () => {
    assert.deepEqual([1, 2, 3, 4, 9, 64].map((cores) => defaultThreads(200, cores)), [1, 1, 2, 3, 8, 8]);
  });
});
