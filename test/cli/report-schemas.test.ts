// The CI reports validated against their formats' own JSON Schemas. SARIF
// 2.1.0: the schema shipped inside the @microsoft/jest-sarif npm package, a
// draft-04 schema, hence ajv-draft-04 (one of its patterns, for language tags,
// is not valid as a Unicode regular expression, hence unicodeRegExp: false).
// GitLab Code Quality: written from GitLab's documentation, which gives the
// format as a table, not as a schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import AjvModule from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import { ensureBuilt, parseJson, repoRoot, runCli } from './run-cli.js';

before(ensureBuilt);

// Both are CommonJS packages whose class is also their `default` export.
const Ajv = AjvModule.default;
const AjvDraft04 = AjvDraft04Module.default;

const require = createRequire(import.meta.url);
const sarifSchemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '../lib/schemas/sarif-2.1.0-rtm.5.json');
const gitlabSchemaPath = join(repoRoot, 'test/schemas/gitlab-code-quality.schema.json');
const errorsOf = (validate: { errors?: unknown }) => JSON.stringify(validate.errors, null, 2);

describe('--format sarif against the SARIF 2.1.0 JSON Schema', () => {
  const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile<any>(JSON.parse(readFileSync(sarifSchemaPath, 'utf8')));

  test('the samples\' log is valid, with a result per finding', () => {
    const log = parseJson(runCli(['check', 'samples', '--format', 'sarif']));
    assert.ok(validate(log), errorsOf(validate));
    assert.ok(log.runs[0].results.length > 10);
  });

  test('the schema catches a broken log (the test can fail)', () => {
    const log = parseJson(runCli(['check', 'samples', '--format', 'sarif']));
    log.runs[0].results[0].level = 'fatal';
    assert.equal(validate(log), false);
  });
});

describe('--format gitlab against the Code Quality report schema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile<any>(JSON.parse(readFileSync(gitlabSchemaPath, 'utf8')));

  test('the samples\' report is valid: relative paths, 1-based lines, GitLab severities, unique fingerprints', () => {
    const run = runCli(['check', 'samples', '--format', 'gitlab']);
    assert.equal(run.code, 1);
    const report = parseJson(run);
    assert.ok(validate(report), errorsOf(validate));
    const json = parseJson(runCli(['check', 'samples', '--format', 'json']));
    assert.equal(report.length, json.files.reduce((n: number, f: any) => n + f.diagnostics.length, 0));
    assert.equal(new Set(report.map((issue: any) => issue.fingerprint)).size, report.length);
    const unknown = report.find((issue: any) => issue.check_name === 'unknown-source');
    assert.equal(unknown.severity, 'critical');
    assert.equal(unknown.location.path, 'samples/assessments/china-dprk-draft.assessment.md');
  });

  test('a fingerprint survives lines added above the finding', () => {
    const text = readFileSync(join(repoRoot, 'samples/assessments/china-dprk-draft.assessment.md'), 'utf8');
    const stdin = (input: string) => parseJson(runCli(['check', '-', '--stdin-filename', 'samples/assessments/draft.assessment.md', '--format', 'gitlab'], { input }));
    const before = stdin(text);
    const after = stdin(text.replace('\n# ', '\n\nA line the analyst added.\n\n# '));
    const unknownOf = (report: any[]) => report.find((issue) => issue.check_name === 'unknown-source');
    assert.equal(unknownOf(after).fingerprint, unknownOf(before).fingerprint);
    assert.notEqual(unknownOf(after).location.positions.begin.line, unknownOf(before).location.positions.begin.line);
  });

  test('an empty run is an empty array, still valid', () => {
    const run = runCli(['check', 'samples/assessments/china-dprk-clean.assessment.md', '--format', 'gitlab']);
    assert.equal(run.stdout, '[]\n');
    assert.ok(validate(JSON.parse(run.stdout)));
  });
});
