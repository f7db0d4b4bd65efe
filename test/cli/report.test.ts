import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, makeTempFolder, runCli } from './run-cli.js';

before(ensureBuilt);

describe('tradecraft report', () => {
  const temp = makeTempFolder('workspace');
  after(temp.remove);
  // Markup in a file name and on a line with a finding: both reach the page.
  const hostileName = '<i>hostile.assessment.md';
  writeFileSync(join(temp.path, hostileName), '# Hostile\n\nNorth Korea sent 10,000 troops to Russia in October 2024 <img src=x onerror=alert(1)>.\n');

  test('writes one self-contained HTML page with every file, its findings and sourcing', () => {
    const run = runCli(['report', '.', '--out', 'out/report.html'], { cwd: temp.path });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^wrote out\/report\.html: 5 files, /);
    const html = readFileSync(join(temp.path, 'out', 'report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<(script|link)\b/i, 'nothing loaded, nothing run');
    for (const name of ['clean.assessment.md', 'errors.assessment.md', 'warnings.assessment.md', 'claims-schema.yaml']) assert.ok(html.includes(name), name);
    assert.match(html, /unknown-source/);
    assert.match(html, /<mark>[^<]*nope[^<]*<\/mark>|<mark>[^<]*\[@nope\][^<]*<\/mark>/);
    assert.match(html, /\d+ assertions?, \d+ sourced/);
  });

  test('escapes everything that comes from the files', () => {
    runCli(['report', hostileName, '--out', 'escaped.html'], { cwd: temp.path });
    const html = readFileSync(join(temp.path, 'escaped.html'), 'utf8');
    assert.doesNotMatch(html, /<img |<i>hostile/);
    assert.match(html, /&lt;i&gt;hostile\.assessment\.md/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  test('an unwritable --out exits 2 with a one-line reason', () => {
    writeFileSync(join(temp.path, 'blocker'), 'a file where a folder should be');
    const run = runCli(['report', '.', '--out', 'blocker/report.html'], { cwd: temp.path });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^tradecraft: cannot write blocker\/report\.html: /m);
  });
});
