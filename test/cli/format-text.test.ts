import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ensureBuilt, runCli, workspace } from './run-cli.js';

before(ensureBuilt);

const ansi = /\u001b\[/;

describe('text output', () => {
  test('groups findings under their file with location, severity, message, code and a caret line', () => {
    const run = runCli(['check', `${workspace}/errors.assessment.md`]);
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], `${workspace}/errors.assessment.md`);
    const row = lines.findIndex((line) => /^ {2}3:\d+ +error +.+ {2}unknown-source$/.test(line));
    assert.ok(row > 0, run.stdout);
    assert.match(lines[row + 1], /^ {4}3 \| North Korea sent troops to Russia \[@nope\]\.$/);
    const caretLine = lines[row + 2];
    assert.match(caretLine, /^ {4} {2}\| +\^+$/);
    // The carets sit under the citation, not under the whole sentence.
    const caretStart = caretLine.indexOf('^') - '    3 | '.length;
    assert.ok(caretStart >= 'North Korea sent troops to Russia '.length, caretLine);
  });

  test('ends with a summary of counts and sourcing', () => {
    const run = runCli(['check', workspace]);
    const last = run.stdout.trimEnd().split('\n').at(-1)!;
    assert.match(last, /^4 files: \d+ errors?, \d+ warnings?(, \d+ infos?)?(, \d+ hints?)? · \d+ assertions?, \d+ sourced( \(\d+%\))?$/);
  });

  test('a clean file prints only the summary', () => {
    const run = runCli(['check', `${workspace}/clean.assessment.md`, '--quiet']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^1 file: no problems · /);
  });

  test('no colours when stdout is not a terminal; FORCE_COLOR turns them on; NO_COLOR wins', () => {
    const file = `${workspace}/errors.assessment.md`;
    assert.doesNotMatch(runCli(['check', file]).stdout, ansi);
    assert.match(runCli(['check', file], { env: { FORCE_COLOR: '1' } }).stdout, ansi);
    assert.doesNotMatch(runCli(['check', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, ansi);
  });

  test('no progress line on stderr when it is not a terminal', () => {
    const run = runCli(['check', workspace]);
    assert.doesNotMatch(run.stderr, /checking \d+\//);
  });
});
