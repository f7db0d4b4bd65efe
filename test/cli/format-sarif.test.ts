import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ensureBuilt, parseJson, repoRoot, runCli, workspace } from './run-cli.js';

before(ensureBuilt);

describe('--format sarif', () => {
  test('is a SARIF 2.1.0 log with one run, every code as a rule with help text', () => {
    const run = runCli(['check', workspace, '--format', 'sarif']);
    assert.equal(run.code, 1, run.stderr);
    const log = parseJson(run);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'tradecraft');
    assert.match(driver.informationUri, /^https:\/\//);
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    const ids = driver.rules.map((rule: any) => rule.id);
    for (const code of ['unsourced-assertion', 'unknown-source', 'schema-error', 'source-file-missing']) assert.ok(ids.includes(code), code);
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0, rule.id);
      assert.ok(rule.fullDescription.text.length > 0, rule.id);
      assert.ok(rule.help.text.length > 0, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }
    assert.equal(driver.rules.find((rule: any) => rule.id === 'nonstandard-estimative').defaultConfiguration.level, 'note');
  });

  test('results point at relative, forward-slash URIs with 1-based regions', () => {
    const log = parseJson(runCli(['check', workspace, '--format', 'sarif']));
    const [sarifRun] = log.runs;
    assert.match(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
    assert.ok(sarifRun.results.length >= 2);
    for (const result of sarifRun.results) {
      assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
      const location = result.locations[0].physicalLocation;
      assert.doesNotMatch(location.artifactLocation.uri, /\\|^\//);
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      const region = location.region;
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(region[key]) && region[key] >= 1, key);
    }
    const unknown = sarifRun.results.find((result: any) => result.ruleId === 'unknown-source');
    assert.equal(unknown.level, 'error');
    assert.equal(unknown.locations[0].physicalLocation.artifactLocation.uri, `${workspace}/errors.assessment.md`);
    assert.equal(unknown.locations[0].physicalLocation.region.startLine, 3);
  });

  test('URIs are relative to the folder the check runs in', () => {
    const log = parseJson(runCli(['check', '.', '--format', 'sarif'], { cwd: `${repoRoot}/${workspace}` }));
    const uris = log.runs[0].results.map((result: any) => result.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('errors.assessment.md'), uris.join(', '));
  });

  test('a clean run still has the rules and an empty result list', () => {
    const log = parseJson(runCli(['check', `${workspace}/clean.assessment.md`, '--format', 'sarif']));
    assert.deepEqual(log.runs[0].results.filter((r: any) => r.level === 'error'), []);
    assert.ok(log.runs[0].tool.driver.rules.length >= 12);
  });
});
