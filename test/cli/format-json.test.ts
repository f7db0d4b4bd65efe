import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ensureBuilt, parseJson, runCli, workspace } from './run-cli.js';

before(ensureBuilt);

const severities = ['error', 'warning', 'info', 'hint'];

/** Checks every field of contract §5's JSON document, whatever the findings are. */
function assertContractShape(report: any): void {
  assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
  assert.equal(report.version, 1);
  for (const file of report.files) {
    assert.deepEqual(Object.keys(file), ['path', 'diagnostics']);
    assert.equal(typeof file.path, 'string');
    for (const diagnostic of file.diagnostics) {
      assert.deepEqual(Object.keys(diagnostic), ['code', 'severity', 'message', 'range']);
      assert.ok(severities.includes(diagnostic.severity), diagnostic.severity);
      assert.equal(typeof diagnostic.message, 'string');
      for (const end of ['start', 'end']) {
        assert.deepEqual(Object.keys(diagnostic.range[end]), ['line', 'character']);
        assert.ok(Number.isInteger(diagnostic.range[end].line) && diagnostic.range[end].line >= 0);
        assert.ok(Number.isInteger(diagnostic.range[end].character) && diagnostic.range[end].character >= 0);
      }
    }
  }
  assert.deepEqual(Object.keys(report.summary), ['files', 'errors', 'warnings', 'infos', 'hints', 'assertions', 'sourcedAssertions']);
}

/** The summary's counts must agree with the diagnostics listed. */
function assertSummaryAddsUp(report: any): void {
  const all = report.files.flatMap((file: any) => file.diagnostics);
  const countOf = (severity: string) => all.filter((d: any) => d.severity === severity).length;
  assert.equal(report.summary.files, report.files.length);
  assert.equal(report.summary.errors, countOf('error'));
  assert.equal(report.summary.warnings, countOf('warning'));
  assert.equal(report.summary.infos, countOf('info'));
  assert.equal(report.summary.hints, countOf('hint'));
  assert.ok(report.summary.sourcedAssertions <= report.summary.assertions);
}

describe('--format json', () => {
  test('a folder gives one document with every file found, paths as given, sorted', () => {
    const run = runCli(['check', workspace, '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const report = parseJson(run);
    assertContractShape(report);
    assertSummaryAddsUp(report);
    assert.deepEqual(report.files.map((file: any) => file.path), [
      `${workspace}/claims-schema.yaml`,
      `${workspace}/clean.assessment.md`,
      `${workspace}/errors.assessment.md`,
      `${workspace}/warnings.assessment.md`,
    ]);
  });

  test('an unknown source key is an error whose range covers the key (0-based)', () => {
    const report = parseJson(runCli(['check', `${workspace}/errors.assessment.md`, '--format', 'json']));
    const unknown = report.files[0].diagnostics.filter((d: any) => d.code === 'unknown-source');
    assert.equal(unknown.length, 1, JSON.stringify(report, null, 2));
    assert.equal(unknown[0].severity, 'error');
    // Line 3 of the file: "North Korea sent troops to Russia [@nope]."; "nope" starts at character 36.
    assert.equal(unknown[0].range.start.line, 2);
    const line = 'North Korea sent troops to Russia [@nope].';
    assert.ok(unknown[0].range.start.character >= line.indexOf('[@nope]'));
    assert.ok(unknown[0].range.end.character <= line.indexOf('[@nope]') + '[@nope]'.length);
    assert.equal(report.summary.errors >= 1, true);
  });

  test('an unsourced fact is a warning and counts as an unsourced assertion', () => {
    const report = parseJson(runCli(['check', `${workspace}/warnings.assessment.md`, '--format', 'json']));
    const codes = report.files[0].diagnostics.map((d: any) => d.code);
    assert.ok(codes.includes('unsourced-assertion'), codes.join(', '));
    assert.equal(report.summary.errors, 0);
    assert.ok(report.summary.assertions >= 1);
    assert.ok(report.summary.sourcedAssertions < report.summary.assertions);
  });

  test('a misspelt key in claims-schema.yaml is a schema-error on the schema file', () => {
    const run = runCli(['check', 'test/fixtures/cli/bad-schema', '--format', 'json']);
    assert.equal(run.code, 1);
    const report = parseJson(run);
    assertContractShape(report);
    const schema = report.files.find((file: any) => file.path === 'test/fixtures/cli/bad-schema/claims-schema.yaml');
    assert.ok(schema, 'the schema file met on the way is checked');
    const errors = schema.diagnostics.filter((d: any) => d.code === 'schema-error');
    assert.ok(errors.length >= 1);
    assert.equal(errors[0].range.start.line, 1, 'at the `sorces:` key on line 2');
  });

  test('stdout holds only the JSON document, even with several paths', () => {
    const run = runCli(['check', `${workspace}/clean.assessment.md`, `${workspace}/warnings.assessment.md`, '--format', 'json']);
    const report = parseJson(run);
    assert.equal(report.files.length, 2);
    assert.equal(run.stdout.trim().split('\n').at(-1), '}');
  });

  test('the same file named twice is checked once', () => {
    const file = `${workspace}/clean.assessment.md`;
    const report = parseJson(runCli(['check', file, file, workspace, '--format', 'json']));
    assert.equal(report.files.filter((f: any) => f.path.endsWith('clean.assessment.md')).length, 1);
    assert.equal(report.files[0].path, file, 'the first spelling is kept');
  });
});
