import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, makeTempFolder, parseJson, runCli } from './run-cli.js';

before(ensureBuilt);

const unknownKeyText = '# Draft\n\nNorth Korea sent troops to Russia [@nope].\n';

describe('folder walking', () => {
  const temp = makeTempFolder('workspace');
  after(temp.remove);
  // Git would not keep a node_modules folder in the fixtures, so it is made here.
  mkdirSync(join(temp.path, 'node_modules', 'some-package'), { recursive: true });
  writeFileSync(join(temp.path, 'node_modules', 'some-package', 'readme.assessment.md'), unknownKeyText);
  mkdirSync(join(temp.path, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(temp.path, 'nested', 'deeper', 'b.assessment.md'), unknownKeyText);
  writeFileSync(join(temp.path, 'nested', 'a.assessment.md'), unknownKeyText);

  test('skips node_modules and dot-folders, finds nested assessments and the schema, sorted', () => {
    const report = parseJson(runCli(['check', '.', '--format', 'json'], { cwd: temp.path }));
    assert.deepEqual(report.files.map((file: any) => file.path), [
      'claims-schema.yaml',
      'clean.assessment.md',
      'errors.assessment.md',
      'nested/a.assessment.md',
      'nested/deeper/b.assessment.md',
      'warnings.assessment.md',
    ]);
  });

  test('no PATH means the current folder', () => {
    const report = parseJson(runCli(['check', '--format', 'json'], { cwd: temp.path }));
    assert.equal(report.files.length, 6);
  });

  test('paths keep the spelling given on the command line', () => {
    const report = parseJson(runCli(['check', 'nested/', '--format', 'json'], { cwd: temp.path }));
    assert.deepEqual(report.files.map((file: any) => file.path), ['nested/a.assessment.md', 'nested/deeper/b.assessment.md']);
  });

  test('a file named explicitly is checked whatever its name or folder', () => {
    const run = runCli(['check', 'notes.md', '.drafts/hidden.assessment.md', '--format', 'json'], { cwd: temp.path });
    const report = parseJson(run);
    assert.deepEqual(report.files.map((file: any) => file.path), ['notes.md', '.drafts/hidden.assessment.md']);
    assert.ok(report.files[0].diagnostics.some((d: any) => d.code === 'unknown-source'), 'notes.md is checked as an assessment');
  });

  test('a folder without assessments is no failure, and says so on stderr', () => {
    const run = runCli(['check', 'sources', '--format', 'json'], { cwd: temp.path });
    assert.equal(run.code, 0);
    assert.equal(parseJson(run).summary.files, 0);
    assert.match(run.stderr, /no \*\.assessment\.md .* found in sources/);
  });
});

describe('unreadable files', () => {
  const temp = makeTempFolder();
  after(temp.remove);
  const binary = Buffer.alloc(64, 0);
  binary.write('PK\u0003\u0004');
  writeFileSync(join(temp.path, 'archive.assessment.md'), binary);
  writeFileSync(join(temp.path, 'huge.assessment.md'), 'North Korea sent troops to Russia.\n'.repeat(180_000));
  writeFileSync(join(temp.path, 'fine.assessment.md'), '# Fine\n\nWe have nothing to add.\n');

  test('a binary file is reported in one line and the others are still checked; exit 2', () => {
    const run = runCli(['check', 'archive.assessment.md', 'fine.assessment.md', '--format', 'json'], { cwd: temp.path });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^tradecraft: cannot read archive\.assessment\.md: binary file/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(parseJson(run).files.map((file: any) => file.path), ['fine.assessment.md']);
  });

  test('a file over the size limit is reported with its size', () => {
    const run = runCli(['check', 'huge.assessment.md'], { cwd: temp.path });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^tradecraft: cannot read huge\.assessment\.md: file too large \(6\.\d MB/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  test('a folder given as --schema exits 2', () => {
    const run = runCli(['check', 'fine.assessment.md', '--schema', '.'], { cwd: temp.path });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^tradecraft: cannot read --schema \.: is a folder/);
  });
});

describe('assessments without a schema', () => {
  const temp = makeTempFolder();
  after(temp.remove);
  writeFileSync(join(temp.path, 'one.assessment.md'), '# One\n\nNorth Korea sent 10,000 troops to Russia in October 2024.\n');
  writeFileSync(join(temp.path, 'two.assessment.md'), '# Two\n\nChina said on 12 November 2024 that it was unaware of the deployment.\n');

  test('are still checked, and stderr says so once for all of them', () => {
    const run = runCli(['check', '.', '--format', 'json'], { cwd: temp.path });
    const report = parseJson(run);
    assert.equal(report.files.length, 2);
    assert.ok(report.files.every((file: any) => file.diagnostics.some((d: any) => d.code === 'unsourced-assertion')));
    const notes = run.stderr.split('\n').filter((line) => /claims-schema\.yaml/.test(line));
    assert.equal(notes.length, 1, run.stderr);
    assert.match(notes[0], /no claims-schema\.yaml found for 2 file\(s\)/);
  });

  test('--schema gives them one, and the note goes away', () => {
    const schema = join(temp.path, 'elsewhere.yaml');
    writeFileSync(schema, 'version: 1\nsources: {}\n');
    const run = runCli(['check', '.', '--schema', schema, '--format', 'json'], { cwd: temp.path });
    parseJson(run);
    assert.doesNotMatch(run.stderr, /no claims-schema\.yaml/);
  });
});

describe('a schema used but not among the checked files', () => {
  test('has its own errors pointed at once on stderr, without failing the run', () => {
    const run = runCli(['check', 'test/fixtures/cli/bad-schema/clean.assessment.md']);
    assert.equal(run.code, 0, run.stdout);
    const notes = run.stderr.split('\n').filter((line) => line.includes('bad-schema/claims-schema.yaml'));
    assert.equal(notes.length, 1, run.stderr);
    assert.match(notes[0], /has 1 error\(s\) of its own; run 'tradecraft check test\/fixtures\/cli\/bad-schema\/claims-schema\.yaml'/);
  });
});
