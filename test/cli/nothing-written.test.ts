// The command line only reads: a workspace is byte-identical (same files, same
// bytes, same modification times) after every kind of check, and `report`
// writes exactly the one file it was asked for.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { snapshotTree } from '../helpers/tree-snapshot.js';
import { ensureBuilt, makeTempFolder, repoRoot, runCli } from './run-cli.js';

let temp: ReturnType<typeof makeTempFolder>;
before(() => {
  ensureBuilt();
  temp = makeTempFolder();
  cpSync(join(repoRoot, 'samples'), temp.path, { recursive: true });
});
after(() => temp.remove());

test('check in every format, and rules, leave the workspace byte-identical', () => {
  const before = snapshotTree(temp.path);
  for (const format of ['text', 'json', 'sarif', 'github']) {
    const run = runCli(['check', '.', '--format', format], { cwd: temp.path });
    assert.equal(run.code, 1, run.stderr);
  }
  runCli(['check', 'assessments/china-dprk-draft.assessment.md', '--schema', 'claims-schema.yaml', '--quiet'], { cwd: temp.path });
  assert.deepEqual(snapshotTree(temp.path), before);
});

test('report writes the one file named, and nothing else', () => {
  const before = snapshotTree(temp.path);
  runCli(['report', '.', '--out', 'out/report.html'], { cwd: temp.path });
  const afterRun = snapshotTree(temp.path);
  const added = Object.keys(afterRun).filter((name) => !(name in before));
  assert.deepEqual(added.sort(), ['out', join('out', 'report.html')]);
  for (const [name, entry] of Object.entries(before)) assert.equal(afterRun[name], entry, `${name} changed`);
});
