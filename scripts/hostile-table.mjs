// The issue-12 table: writes the hostile inputs (a workspace each, in a
// temporary folder; texts in our own words), runs the built command line on
// each (`tradecraft check . --format json`) and prints one Markdown row per
// input: exit code, findings per file, elapsed time and the child's max RSS
// (GNU time, when /usr/bin/time exists). Usage: npm run build && node scripts/hostile-table.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/tradecraft.cjs', import.meta.url));
if (!existsSync(cli)) throw new Error('dist/tradecraft.cjs is missing: run npm run build first');
const out = mkdtempSync(join(tmpdir(), 'tradecraft-hostile-'));
const schema = 'version: 1\nsources:\n  memo:\n    title: Harbour memo\n    file: sources/memo.md\nactors:\n  port:\n    name: Port Authority\n    aliases: ["the port office"]\n';
const memo = 'On 4 June the port office counted 212 ships outside the breakwater.\n';
const ws = (name, files) => {
  const dir = join(out, name);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'claims-schema.yaml'), files.schema ?? schema);
  writeFileSync(join(dir, 'sources/memo.md'), memo);
  for (const [f, t] of Object.entries(files)) if (f !== 'schema') { mkdirSync(join(dir, f, '..'), { recursive: true }); writeFileSync(join(dir, f), t); }
};
const tail = '\n\nThe port office said on 4 June that 212 ships waited.\n';
const para = 'The port office counted 212 ships outside the breakwater on 4 June [@memo]. Dock workers said that 40 cranes stood idle. We judge it likely that the queue will shrink.\n\n';
const line = 'The port office counted 212 ships outside the breakwater on 4 June [@memo]. Dock workers said that 40 cranes stood idle. We judge it likely that the queue will shrink. ';
ws('nest-quotes', { 'q.assessment.md': '>'.repeat(20_000) + ' deep' + tail });
ws('nest-lists', { 'q.assessment.md': '- '.repeat(20_000) + 'item' + tail });
ws('nest-emphasis', { 'q.assessment.md': '*'.repeat(20_000) + 'x' + '*'.repeat(20_000) + tail });
ws('nest-links', { 'q.assessment.md': '['.repeat(20_000) + 'x' + '](u)'.repeat(20_000) + tail });
ws('nest-footnotes', { 'q.assessment.md': Array.from({ length: 5000 }, (_, i) => `[^${i}]: see [^${i + 1}]`).join('\n\n') + '\n\nText [^0].' + tail });
ws('doc-4.9MB', { 'q.assessment.md': para.repeat(Math.floor(4.9 * 1048576 / para.length)) });
ws('doc-5.5MB', { 'q.assessment.md': para.repeat(Math.floor(5.5 * 1048576 / para.length)) });
for (const kb of [100, 300, 1024, 3072, 5000]) ws(`line-${kb}KB`, { 'q.assessment.md': line.repeat(Math.ceil(kb * 1024 / line.length)) + '\n' });
ws('odd-bytes', { 'q.assessment.md': '\uFEFFThe port office said on 4 June\r\n that \u202E212\u202C ships \uD800waited.\r\n', 'nul.assessment.md': 'The port\u0000 office said 212 ships waited.\n' });
writeFileSync(join(out, 'odd-bytes', 'latin1.assessment.md'), Buffer.from('The port office said caf\xe9 212 ships waited.\n', 'latin1'));
ws('empty', { 'q.assessment.md': '', 'fm.assessment.md': '---\nschema: ./claims-schema.yaml\n---\n' });
ws('broken-citations', { 'q.assessment.md': ['[@', '[@]', '[@key,', '[@memo, ¶', '[@memo, ¶x]', '[@;@;@]', '[^', '[^1]', '[link](', '<https://', '[@memo, ¶99999999999999999999]'].map((f) => `Ships waited on 4 June ${f} and more.`).join('\n\n') + '\n' });
ws('symlink-loop', { 'q.assessment.md': 'The port office said on 4 June that 212 ships waited [@memo].\n' });
symlinkSync('b', join(out, 'symlink-loop', 'a.assessment.md')); symlinkSync('a.assessment.md', join(out, 'symlink-loop', 'b'));
ws('yaml-error', { schema: 'version: 1\nsources: [\n  "unclosed\n', 'q.assessment.md': 'The port office said 212 ships waited [@memo].\n' });
const bomb = ['l0: &l0 ["ha","ha","ha","ha","ha","ha","ha","ha","ha","ha"]', ...Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(',')}]`)].join('\n');
ws('alias-bomb', { schema: `version: 1\n${bomb}\nsources:\n  memo:\n    title: *l9\n    file: sources/memo.md\nactors:\n  port:\n    name: Port\n    aliases: *l9\n`, 'q.assessment.md': 'The port office said 212 ships waited [@memo].\n' });
ws('big-binary-source', { 'q.assessment.md': 'Ships waited [@big]. Cranes idle [@bin].\n' });
writeFileSync(join(out, 'big-binary-source', 'claims-schema.yaml'), 'version: 1\nsources:\n  big:\n    title: Big\n    file: sources/big.md\n  bin:\n    title: Bin\n    file: sources/bin.md\n');
writeFileSync(join(out, 'big-binary-source', 'sources/big.md'), memo.repeat(90_000));
writeFileSync(join(out, 'big-binary-source', 'sources/bin.md'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0xff]));
ws('regex-aliases', { schema: 'version: 1\nsources:\n  memo:\n    title: M\n    file: sources/memo.md\nactors:\n  r:\n    name: "(a+)+$"\n    aliases: ["[", "\\\\", "*?", "(?<x>", "a{99999}", ".*.*.*=.*"]\n', 'q.assessment.md': 'The (a+)+$ office and [ and a{99999} said 212 ships waited [@memo]. ' + 'a'.repeat(5000) + '!\n' });
const actors = Array.from({ length: 50_000 }, (_, i) => `  a${i}:\n    name: Actor ${i}\n    aliases: ["Group ${i}", "G.${i}*"]`).join('\n');
ws('50k-actors', { schema: `version: 1\nsources:\n  memo:\n    title: M\n    file: sources/memo.md\nactors:\n${actors}\n`, 'q.assessment.md': 'Group 41 and Actor 49999 said 212 ships waited [@memo]. G.7* agreed.\n' });
ws('escape-dotdot', { schema: 'version: 1\nsources:\n  s:\n    title: S\n    file: ../outside.txt\n', 'q.assessment.md': 'It said "the key is here" [@s].\n' });
ws('escape-absolute', { schema: 'version: 1\nsources:\n  s:\n    title: S\n    file: /etc/passwd\n', 'q.assessment.md': 'It said "root:x:0:0" [@s].\n' });
ws('escape-link', { schema: 'version: 1\nsources:\n  s:\n    title: S\n    file: sources/pw.txt\n', 'q.assessment.md': 'It said "root:x:0:0" [@s].\n' });
symlinkSync('/etc/passwd', join(out, 'escape-link', 'sources/pw.txt'));
ws('escape-frontmatter', { 'q.assessment.md': '---\nschema: ../../etc/claims-schema.yaml\n---\nShips waited [@memo].\n' });

const gnuTime = existsSync('/usr/bin/time');
console.log('| input | exit | findings | time | max RSS | stderr |\n|---|---|---|---|---|---|');
for (const name of spawnSync('ls', [out], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)) {
  const cwd = join(out, name);
  const timing = join(out, `${name}.time`);
  const command = gnuTime ? ['/usr/bin/time', '-f', '%e %M', '-o', timing, process.execPath, cli] : [process.execPath, cli];
  const started = performance.now();
  const run = spawnSync(command[0], [...command.slice(1), 'check', '.', '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  let [seconds, kb] = [((performance.now() - started) / 1000).toFixed(2), ''];
  if (gnuTime) [seconds, kb] = readFileSync(timing, 'utf8').trim().split('\n').at(-1).split(' ');
  let findings = 'no JSON';
  try {
    findings = JSON.parse(run.stdout).files.map((file) => {
      const counts = {};
      for (const d of file.diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
      return `${path.basename(file.path)}: ${Object.entries(counts).map(([code, n]) => `${code}×${n}`).join(', ') || 'none'}`;
    }).join('; ');
  } catch {}
  const stderr = run.stderr.trim().split('\n').filter(Boolean).slice(0, 2).join(' ').slice(0, 160);
  console.log(`| ${name} | ${run.status} | ${findings} | ${seconds} s | ${kb ? `${Math.round(kb / 1024)} MB` : ''} | ${stderr} |`);
}
rmSync(out, { recursive: true, force: true });
