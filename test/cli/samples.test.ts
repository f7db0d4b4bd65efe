// The bundled samples are the product's first impression: the draft must show
// every assessment code, the broken schema both schema codes, and the
// well-sourced assessment nothing at all.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { diagnosticCodes } from '../../server/src/core/diagnostics.js';
import { ensureBuilt, runCli } from './run-cli.js';

interface JsonReport {
  version: number;
  files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string }> }>;
  summary: Record<string, number>;
}

before(ensureBuilt);

// A limit's note, not a finding about tradecraft: no real-looking sample nests 64
// levels deep, so test/core/hostile-files.test.ts and the fixtures raise it.
const limitNotes: string[] = ['not-checked'];

test('check samples --format json raises every code, and none in the clean assessment', () => {
  const run = runCli(['check', 'samples', '--format', 'json']);
  assert.equal(run.code, 1, run.stderr);
  const report = JSON.parse(run.stdout) as JsonReport;
  const raised = new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.code)));
  // unused-suppression is reported on the command line only with --report-unused-disables.
  assert.deepEqual(diagnosticCodes.filter((code) => !raised.has(code) && !limitNotes.includes(code)), ['unused-suppression']);
  const clean = report.files.find((f) => f.path === 'samples/assessments/china-dprk-clean.assessment.md');
  assert.ok(clean, 'the clean assessment is in the report');
  assert.deepEqual(clean.diagnostics, []);
  const schema = report.files.find((f) => f.path === 'samples/claims-schema.yaml');
  assert.deepEqual(schema?.diagnostics, []);
  assert.ok(report.summary.assertions > report.summary.sourcedAssertions);
});

test('the draft raises each assessment code, the broken schema each schema code', () => {
  const report = JSON.parse(runCli(['check', 'samples', '--format', 'json']).stdout) as JsonReport;
  const codesOf = (path: string) => new Set(report.files.find((f) => f.path === path)?.diagnostics.map((d) => d.code));
  const draft = codesOf('samples/assessments/china-dprk-draft.assessment.md');
  const broken = codesOf('samples/broken-schema/claims-schema.yaml');
  const schemaCodes: string[] = ['schema-error', 'source-file-missing', 'unused-source'];
  const assessmentCodes = diagnosticCodes.filter((c) => !schemaCodes.includes(c) && c !== 'unused-suppression' && !limitNotes.includes(c));
  assert.deepEqual(assessmentCodes.filter((c) => !draft.has(c)), []);
  assert.deepEqual(schemaCodes.filter((c) => !broken.has(c)), []);
});
