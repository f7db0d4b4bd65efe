import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ensureBuilt, runCli, workspace } from './run-cli.js';

before(ensureBuilt);

const annotation = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([a-z-]+)::(.+)$/;

describe('--format github', () => {
  test('prints one workflow command per finding and nothing else', () => {
    const run = runCli(['check', workspace, '--format', 'github']);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, annotation);
  });

  test('an unknown source is an ::error on its line, titled with the code', () => {
    const run = runCli(['check', `${workspace}/errors.assessment.md`, '--format', 'github']);
    const line = run.stdout.split('\n').find((l) => l.includes('title=unknown-source'));
    assert.ok(line, run.stdout);
    const [, command, file, lineNumber] = annotation.exec(line)!;
    assert.equal(command, 'error');
    assert.equal(file, `${workspace}/errors.assessment.md`);
    assert.equal(lineNumber, '3');
  });

  test('a warning is a ::warning', () => {
    const run = runCli(['check', `${workspace}/warnings.assessment.md`, '--format', 'github']);
    assert.match(run.stdout, /^::warning .*title=unsourced-assertion::/m);
  });

  test('a clean file prints no error', () => {
    const run = runCli(['check', `${workspace}/clean.assessment.md`, '--format', 'github']);
    assert.equal(run.code, 0);
    assert.doesNotMatch(run.stdout, /^::error/m);
  });
});
