// The composite action's steps run locally: no runner for composite actions
// installs from npm offline, so the test does what the runner does. It
// evaluates each `${{ inputs.x }}` in the step's env: (the only place inputs
// appear), then runs the step's `run:` script with bash, with `npx` on PATH
// standing in for the published package by running the built binary.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { binary, ensureBuilt, makeTempFolder, repoRoot } from './run-cli.js';

before(ensureBuilt);

interface Step { env: Record<string, string>; run: string; shell: string }
const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));
const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8'));

/** Runs every step as the runner would, with these inputs over the defaults; returns the last exit code and output. */
function runAction(inputs: Record<string, string>, cwd: string) {
  const values = Object.fromEntries(Object.entries(action.inputs as Record<string, { default: string }>).map(([k, v]) => [k, inputs[k] ?? v.default]));
  const bin = join(cwd, '.fake-bin');
  mkdirSync(bin, { recursive: true });
  // npx --yes -- tradecraft check … → node dist/tradecraft.cjs check …
  writeFileSync(join(bin, 'npx'), `#!/usr/bin/env bash\nshift 3\nexec "${process.execPath}" "${binary}" "$@"\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  let last = { code: 0 as number | null, stdout: '', stderr: '' };
  for (const step of action.runs.steps as Step[]) {
    const env: Record<string, string> = { PATH: `${bin}:${process.env.PATH}` };
    for (const [name, expression] of Object.entries(step.env)) {
      env[name] = String(expression).replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input) => values[input]);
    }
    // As GitHub runs a bash step: the script from a file, `bash --noprofile --norc -eo pipefail {0}`.
    const script = join(bin, 'step.sh');
    writeFileSync(script, step.run);
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env: { ...env, HOME: cwd }, encoding: 'utf8' });
    last = { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }
  return last;
}

describe('action.yml', () => {
  test('is a composite action with the four inputs, and inputs appear only in env:', () => {
    assert.equal(action.runs.using, 'composite');
    for (const input of ['paths', 'format', 'max-warnings', 'sarif-file']) assert.ok(action.inputs[input], input);
    for (const step of action.runs.steps as Step[]) {
      assert.doesNotMatch(step.run, /\$\{\{/, 'no expression is spliced into the script');
      assert.match(step.run, /npx --yes -- "\$TRADECRAFT_PACKAGE" check/);
      assert.equal(step.shell, 'bash');
    }
  });

  test('checks the paths given, prints annotations, writes the SARIF file and fails over max-warnings', () => {
    const folder = makeTempFolder('workspace');
    try {
      const ok = runAction({ paths: 'clean.assessment.md\nwarnings.assessment.md', 'sarif-file': 'out.sarif' }, folder.path);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /^::warning file=warnings\.assessment\.md,line=\d+/m);
      assert.equal(JSON.parse(readFileSync(join(folder.path, 'out.sarif'), 'utf8')).version, '2.1.0');
      const strict = runAction({ paths: 'warnings.assessment.md', 'max-warnings': '0' }, folder.path);
      assert.equal(strict.code, 1);
    } finally {
      folder.remove();
    }
  });

  test('a hostile input stays data: no command runs, the path is simply missing', () => {
    const folder = makeTempFolder('workspace');
    try {
      const hostiles: Array<Record<string, string>> = [{ paths: '$(touch pwned)' }, { paths: '`touch pwned`' }, { format: 'text; touch pwned' }, { 'max-warnings': '0 $(touch pwned)' }];
      for (const hostile of hostiles) {
        const run = runAction(hostile, folder.path);
        assert.equal(existsSync(join(folder.path, 'pwned')), false, `${JSON.stringify(hostile)} ran a command`);
        assert.equal(run.code, 2, `${JSON.stringify(hostile)}: ${run.stderr}`);
      }
      // A file name is written as given: the report lands in a file with that odd name.
      runAction({ 'sarif-file': 'x; touch pwned' }, folder.path);
      assert.equal(existsSync(join(folder.path, 'pwned')), false);
      assert.equal(existsSync(join(folder.path, 'x; touch pwned')), true);
    } finally {
      folder.remove();
    }
  });
});

describe('.pre-commit-hooks.yaml', () => {
  test('one node hook running tradecraft check on assessments and schemas', () => {
    assert.equal(hooks.length, 1);
    assert.equal(hooks[0].language, 'node');
    assert.equal(hooks[0].entry, 'tradecraft check');
    const files = new RegExp(hooks[0].files);
    assert.ok(files.test('desk/a.assessment.md') && files.test('claims-schema.yaml') && !files.test('notes.md'));
  });
});
