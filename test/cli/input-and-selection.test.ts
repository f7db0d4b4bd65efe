// The command line in other tools' workflows: text piped in, a few codes
// selected or ignored, the code list, plain .md files, unused suppressions.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { diagnosticCodes } from '../../server/src/core/diagnostics.js';
import { ensureBuilt, makeTempFolder, parseJson, runCli, workspace } from './run-cli.js';

before(ensureBuilt);

const piped = '# Piped\n\nOfficials in Pyongyang said the troops had gone home.\n\nNorth Korea sent troops [@brif].\n';
const codesIn = (report: any) => report.files.flatMap((f: any) => f.diagnostics.map((d: any) => d.code));

describe('check - (standard input)', () => {
  test('checks the piped text under --stdin-filename, finding the schema above that path', () => {
    const run = runCli(['check', '-', '--stdin-filename', `${workspace}/piped.assessment.md`, '--format', 'json'], { input: piped });
    const report = parseJson(run);
    assert.equal(report.files.length, 1);
    assert.equal(report.files[0].path, `${workspace}/piped.assessment.md`);
    assert.deepEqual(codesIn(report), ['unsourced-assertion', 'unknown-source'], 'the schema was found: the unknown key is an error');
    assert.match(report.files[0].diagnostics[1].message, /did you mean "brief"/);
    assert.equal(run.code, 1);
  });

  test('without --stdin-filename it is <stdin>, checked without a schema when none is above the working folder', () => {
    const folder = makeTempFolder();
    try {
      const run = runCli(['check', '-'], { input: piped, cwd: folder.path });
      assert.match(run.stdout, /^<stdin>$/m);
      assert.match(run.stderr, /no claims-schema\.yaml found for 1 file/);
      assert.equal(run.code, 0);
    } finally {
      folder.remove();
    }
  });

  test('standard input and paths together; --stdin-filename alone is a usage error', () => {
    const both = parseJson(runCli(['check', '-', `${workspace}/clean.assessment.md`, '--format', 'json'], { input: piped }));
    assert.deepEqual(both.files.map((f: any) => f.path), ['<stdin>', `${workspace}/clean.assessment.md`]);
    const alone = runCli(['check', '--stdin-filename', 'x.assessment.md']);
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /give '-' as a path too/);
  });
});

describe('--select and --ignore', () => {
  test('--select keeps only the codes named, --ignore drops them', () => {
    const all = codesIn(parseJson(runCli(['check', 'samples', '--format', 'json'])));
    assert.ok(all.includes('unsourced-assertion') && all.includes('weak-source') && all.includes('unknown-source'), 'the samples raise several codes');
    const selected = codesIn(parseJson(runCli(['check', 'samples', '--format', 'json', '--select', 'unsourced-assertion'])));
    assert.deepEqual([...new Set(selected)], ['unsourced-assertion']);
    const ignored = codesIn(parseJson(runCli(['check', 'samples', '--format', 'json', '--ignore', 'unsourced-assertion,unknown-source'])));
    assert.ok(ignored.includes('weak-source') && !ignored.includes('unsourced-assertion') && !ignored.includes('unknown-source'));
  });

  test('an unknown code is a usage error naming the nearest code, in one line', () => {
    const run = runCli(['check', workspace, '--select', 'unsourced-assertion,wek-source']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "tradecraft: unknown code 'wek-source' in --select; did you mean 'weak-source'?\n");
    assert.equal(run.stdout, '');
    assert.match(runCli(['check', '--ignore', 'zzzzzzzz']).stderr, /unknown code 'zzzzzzzz' in --ignore; see 'tradecraft rules'/);
  });
});

describe('tradecraft rules', () => {
  test('lists every code with its default severity and one line', () => {
    const run = runCli(['rules']);
    assert.equal(run.code, 0);
    const lines = run.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), [...diagnosticCodes]);
    assert.match(lines[0], /^unsourced-assertion\s+warning\s+A sentence states a checkable fact/);
    assert.equal(runCli(['--list-rules']).stdout, run.stdout, '--list-rules is the same list');
  });

  test('--format json is one document a tool can read', () => {
    const report = parseJson(runCli(['rules', '--format', 'json']));
    assert.equal(report.rules.length, diagnosticCodes.length);
    assert.deepEqual(report.rules.find((r: any) => r.code === 'unused-source'), {
      code: 'unused-source', defaultSeverity: 'hint', summary: 'A source in the schema that no assessment using the schema cites.',
      docs: 'https://github.com/tradecraft-tools/tradecraft/blob/main/docs/rules.md#unused-source',
    });
    assert.equal(runCli(['rules', '--format', 'sarif']).code, 2);
  });
});

describe('--include', () => {
  test('checks plain .md files too, but not the schema\'s source texts', () => {
    const without = parseJson(runCli(['check', workspace, '--format', 'json'])).files.map((f: any) => f.path);
    assert.ok(!without.includes(`${workspace}/notes.md`));
    const report = parseJson(runCli(['check', workspace, '--format', 'json', '--include', '*.md']));
    const paths = report.files.map((f: any) => f.path);
    assert.ok(paths.includes(`${workspace}/notes.md`), paths.join(', '));
    assert.ok(!paths.includes(`${workspace}/sources/brief.md`), 'the source text named by the schema is evidence, not an assessment');
    assert.ok(report.files.find((f: any) => f.path === `${workspace}/notes.md`).diagnostics.some((d: any) => d.code === 'unknown-source'));
  });
});

describe('--report-unused-disables', () => {
  test('reports a suppression that silences nothing only when asked', () => {
    const folder = makeTempFolder('workspace');
    try {
      const note = '# Notes\n\nThe desk keeps these notes. <!-- tradecraft-disable-line unsourced-assertion -->\n';
      writeFileSync(join(folder.path, 'left-behind.assessment.md'), note);
      const quiet = parseJson(runCli(['check', 'left-behind.assessment.md', '--format', 'json'], { cwd: folder.path }));
      assert.deepEqual(codesIn(quiet), []);
      const asked = runCli(['check', 'left-behind.assessment.md', '--report-unused-disables'], { cwd: folder.path });
      assert.match(asked.stdout, /3:29\s+hint\s+Unused suppression: tradecraft-disable-line "unsourced-assertion" silences no finding here; remove the comment\./);
      assert.equal(asked.code, 0, 'a hint does not fail the run');
    } finally {
      folder.remove();
    }
  });
});

describe('--version', () => {
  test('ends with a newline, so the prompt starts on a line of its own', () => {
    const run = runCli(['--version']);
    assert.match(run.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
