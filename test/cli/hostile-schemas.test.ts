// Hostile schemas and sources through the built command line: a YAML alias
// bomb is not expanded (an alias where a string belongs is a schema-error at
// the alias), and a source over the 5 MB limit or binary is refused with
// source-file-missing and its reason, never read as text; the assessment is
// still checked against what is left.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ensureBuilt, makeTempFolder, parseJson, runCli } from './run-cli.js';

let temp: ReturnType<typeof makeTempFolder>;
before(() => {
  ensureBuilt();
  temp = makeTempFolder();
});
after(() => temp.remove());

/** Ten levels of ten aliases each: 10^10 strings if anything expanded it. */
function aliasBomb(): string {
  const levels = ['l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]'];
  for (let i = 1; i < 10; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return levels.join('\n');
}

test('an alias bomb, a huge source and a binary source: findings at each, and the rest is checked', () => {
  const ws = join(temp.path, 'ws');
  mkdirSync(join(ws, 'sources'), { recursive: true });
  writeFileSync(
    join(ws, 'claims-schema.yaml'),
    `version: 1\n${aliasBomb()}\nsources:\n  memo:\n    title: Memo\n    file: sources/memo.md\n  big:\n    title: *l9\n    file: sources/big.md\n  bin:\n    title: Bin\n    file: sources/bin.md\nactors:\n  port:\n    name: Port Authority\n    aliases: *l9\n`,
  );
  writeFileSync(join(ws, 'sources/memo.md'), 'The port office counted 212 ships on June 4.\n');
  writeFileSync(join(ws, 'sources/big.md'), 'The port office counted 212 ships on June 4.\n'.repeat(120_000)); // 5.5 MB
  writeFileSync(join(ws, 'sources/bin.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
  writeFileSync(join(ws, 'q.assessment.md'), 'The port office counted 212 ships on June 4 [@memo]. It counted 300 ships on June 5 [@memo].\n');
  const run = runCli(['check', '.', '--format', 'json'], { cwd: ws });
  assert.doesNotMatch(run.stderr, /\n\s+at |internal error/);
  const report = parseJson(run);
  const schema = report.files.find((f: any) => f.path === 'claims-schema.yaml').diagnostics;
  const messages = schema.map((d: any) => `${d.code}: ${d.message}`);
  assert.ok(messages.some((m: string) => /^source-file-missing: .*"sources\/big\.md".*file too large \(5\.\d MB, limit 5\.0 MB\)/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m: string) => /^source-file-missing: .*"sources\/bin\.md".*binary file/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m: string) => /^schema-error: Expected title of source "big" to be a string/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m: string) => /^schema-error: Expected aliases of actor "port" to be a list of strings/.test(m)), messages.join('\n'));
  // The valid rest is served: the memo is indexed; 212 and June 4 are in it, 300 and June 5 are not.
  const assessment = report.files.find((f: any) => f.path === 'q.assessment.md').diagnostics;
  assert.deepEqual(assessment.map((d: any) => `${d.code} ${d.range.start.character}`), ['number-not-in-source 64', 'number-not-in-source 77']);
});
