// tradecraft init on a folder of invented source texts: the schema it writes
// parses cleanly, names each text, finds titles, dates and the names the
// texts use most, and nothing is ever overwritten.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { ensureBuilt, makeTempFolder, parseJson, runCli } from './run-cli.js';

before(ensureBuilt);

const texts: Record<string, string> = {
  'sources/Harbor Log 2025.md': '# Harbor master\'s log, spring\n\nOn 2 March 2025 the Freedonian navy moved four ships out of Fredville.\nFreedonia said the ships would return. The Sylvanian ministry watched.\nFreedonia later denied any exercise. Admiral Rufus Firefly said the fleet was ready.\nFirefly added that Sylvania (SYL) had been told.\n',
  'sources/notes/radio.txt': 'Coast radio transcript\n\nRadio traffic on March 3, 2025 mentioned Freedonia twice and Fredville once.\nSylvania stayed silent; Freedonian crews were heard near Fredville.\n',
};

function seeded() {
  const folder = makeTempFolder();
  for (const [name, text] of Object.entries(texts)) {
    mkdirSync(join(folder.path, name, '..'), { recursive: true });
    writeFileSync(join(folder.path, name), text);
  }
  return folder;
}

describe('tradecraft init', () => {
  test('writes a schema with a source per text and candidate actors, and a sample that cites one', () => {
    const folder = seeded();
    try {
      const run = runCli(['init'], { cwd: folder.path });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^Wrote claims-schema\.yaml: 2 source\(s\), \d+ candidate actor\(s\), each marked "review"\.\nWrote sample\.assessment\.md, citing harbor-log-2025\./);
      const text = readFileSync(join(folder.path, 'claims-schema.yaml'), 'utf8');
      const schema = parse(text);
      assert.deepEqual(schema.sources['harbor-log-2025'], { title: "Harbor master's log, spring", date: '2025-03-02', file: 'sources/Harbor Log 2025.md' });
      assert.deepEqual(schema.sources.radio, { title: 'Coast radio transcript', date: '2025-03-03', file: 'sources/notes/radio.txt' });
      assert.deepEqual(schema.actors.freedonia, { name: 'Freedonia', kind: 'other', aliases: ['Freedonian'] });
      assert.deepEqual([...schema.actors.sylvania.aliases].sort(), ['SYL', 'Sylvanian']);
      assert.equal(schema.actors['rufus-firefly'].kind, 'person');
      assert.deepEqual(schema.actors['rufus-firefly'].aliases, ['Firefly']);
      assert.ok(schema.actors.fredville, 'a place named often is a candidate');
      assert.equal(text.match(/# review:/g)!.length, Object.keys(schema.sources).length + Object.keys(schema.actors).length, 'every entry is marked for review');
      const check = parseJson(runCli(['check', '.', '--format', 'json'], { cwd: folder.path }));
      const codes = check.files.flatMap((f: any) => f.diagnostics.map((d: any) => d.code));
      assert.deepEqual(codes, ['unused-source'], 'the draft is a valid schema and the sample checks clean; only the uncited source is a hint');
    } finally {
      folder.remove();
    }
  });

  test('never overwrites: an existing schema stops it with one line, an existing sample is kept', () => {
    const folder = seeded();
    try {
      writeFileSync(join(folder.path, 'sample.assessment.md'), 'mine\n');
      assert.equal(runCli(['init'], { cwd: folder.path }).code, 0);
      assert.equal(readFileSync(join(folder.path, 'sample.assessment.md'), 'utf8'), 'mine\n');
      const schema = readFileSync(join(folder.path, 'claims-schema.yaml'), 'utf8');
      const again = runCli(['init', 'sources'], { cwd: folder.path });
      assert.equal(again.code, 2);
      assert.equal(again.stderr, 'tradecraft: claims-schema.yaml already exists here; init never overwrites it\n');
      assert.equal(readFileSync(join(folder.path, 'claims-schema.yaml'), 'utf8'), schema);
    } finally {
      folder.remove();
    }
  });

  test('a missing, empty or outside folder is a one-line usage failure', () => {
    const folder = makeTempFolder();
    try {
      assert.match(runCli(['init'], { cwd: folder.path }).stderr, /^tradecraft: cannot read sources: no such file .*tradecraft init DIR/);
      mkdirSync(join(folder.path, 'empty'));
      assert.match(runCli(['init', 'empty'], { cwd: folder.path }).stderr, /no readable \.md or \.txt source texts in empty/);
      const outside = runCli(['init', '..'], { cwd: folder.path });
      assert.equal(outside.code, 2);
      assert.match(outside.stderr, /outside the current folder/);
    } finally {
      folder.remove();
    }
  });
});
