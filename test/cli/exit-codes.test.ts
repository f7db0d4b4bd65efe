import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { ensureBuilt, repoRoot, runCli, workspace } from './run-cli.js';

before(ensureBuilt);

/** A usage or I/O failure says why in exactly one line on stderr. */
function assertOneLineFailure(run: { code: number | null; stderr: string; stdout: string }, pattern: RegExp): void {
  assert.equal(run.code, 2, `exit code; stderr: ${run.stderr}`);
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${run.stderr}`);
  assert.match(lines[0], pattern);
  assert.equal(run.stdout, '');
}

describe('exit codes', () => {
  test('a clean assessment exits 0', () => {
    const run = runCli(['check', `${workspace}/clean.assessment.md`]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  test('an error-level finding exits 1', () => {
    const run = runCli(['check', `${workspace}/errors.assessment.md`]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
  });

  test('warnings alone exit 0 when --max-warnings is not given', () => {
    const run = runCli(['check', `${workspace}/warnings.assessment.md`]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  test('--max-warnings 0 with a warning exits 1', () => {
    const run = runCli(['check', `${workspace}/warnings.assessment.md`, '--max-warnings', '0']);
    assert.equal(run.code, 1, run.stdout + run.stderr);
  });

  test('--max-warnings above the count exits 0', () => {
    const run = runCli(['check', `${workspace}/warnings.assessment.md`, '--max-warnings=50']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  test('--quiet drops warnings from the output and from the --max-warnings count', () => {
    const run = runCli(['check', `${workspace}/warnings.assessment.md`, '--quiet', '--max-warnings', '0', '--format', 'json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.files[0].diagnostics, []);
    assert.equal(report.summary.warnings, 0);
  });

  test('a missing path exits 2 with a one-line reason', () => {
    assertOneLineFailure(runCli(['check', 'no/such/folder']), /^tradecraft: .*no\/such\/folder.*no such file/);
  });

  test('a missing --schema file exits 2 with a one-line reason', () => {
    assertOneLineFailure(runCli(['check', workspace, '--schema', 'missing.yaml']), /^tradecraft: .*--schema missing\.yaml/);
  });

  test('an unknown --format exits 2', () => {
    assertOneLineFailure(runCli(['check', workspace, '--format', 'xml']), /^tradecraft: unknown --format 'xml'/);
  });

  test('an unknown option exits 2', () => {
    assertOneLineFailure(runCli(['check', '--frobnicate']), /^tradecraft: .*--frobnicate/);
  });

  test('a --max-warnings that is not a number exits 2', () => {
    assertOneLineFailure(runCli(['check', '--max-warnings', 'many']), /^tradecraft: --max-warnings expects a whole number/);
  });

  test('no command and an unknown command exit 2', () => {
    assertOneLineFailure(runCli([]), /^tradecraft: missing command/);
    assertOneLineFailure(runCli(['lint']), /^tradecraft: unknown command 'lint'/);
  });

  test('report without --out exits 2', () => {
    assertOneLineFailure(runCli(['report', workspace]), /^tradecraft: report needs --out/);
  });

  test('--help prints the usage and exits 0', () => {
    const run = runCli(['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /tradecraft check \[PATH \.\.\. \| -\]/);
    assert.match(run.stdout, /tradecraft rules \[--format text\|json\]/);
    assert.match(run.stdout, /tradecraft init \[SOURCES_DIR\]/);
    assert.match(runCli(['check', '--help']).stdout, /--max-warnings N/);
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const run = runCli(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), version);
  });
});

describe('a schema named in front matter that does not exist', () => {
  test('is said on stderr for that file, the file is still checked, and the run exits 2', () => {
    const run = runCli(['check', 'test/fixtures/cli/dangling-schema', '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /note\.assessment\.md: cannot read schema .*no-such-folder.*claims-schema\.yaml: no such file; checked without sources/);
    assert.doesNotMatch(run.stderr, /no claims-schema\.yaml found/);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string }> };
    assert.deepEqual(report.files.map((f) => f.path), ['test/fixtures/cli/dangling-schema/note.assessment.md']);
  });
});
