// Hostile workspaces through the built command line: every file ends with
// findings or a one-line reason, never a stack trace, and nothing outside the
// workspace is read, through `..`, absolute paths or symbolic links.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, makeTempFolder, parseJson, runCli } from './run-cli.js';

const secret = 'tc-secret-line: the key is 0xDEADBEEF';
const schema = (file: string) => `version: 1\nsources:\n  brief:\n    title: Brief\n    file: ${file}\nactors: {}\n`;
const quoting = 'The brief says “the key is 0xDEADBEEF” plainly [@brief].\n';

/** A folder holding an "outside" file and a workspace beside it. */
function hostileSetup() {
  const temp = makeTempFolder();
  const outside = join(temp.path, 'outside');
  const ws = join(temp.path, 'ws');
  mkdirSync(outside);
  mkdirSync(join(ws, 'sources'), { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), `${secret}\n`);
  writeFileSync(join(outside, 'claims-schema.yaml'), schema('secret.txt'));
  return { temp, outside, ws };
}

/** The one-line reasons for files that could not be read (other lines are notes). */
const cannotRead = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('tradecraft: cannot read'));

function assertNoStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at |internal error|Maximum call stack/);
}

describe('nothing outside the schema folder is read', () => {
  let setup: ReturnType<typeof hostileSetup>;
  before(() => {
    ensureBuilt();
    setup = hostileSetup();
  });
  after(() => setup.temp.remove());

  const cases: Record<string, (ws: string, outside: string) => string> = {
    'a source linked to a file outside': (ws, outside) => {
      symlinkSync(join(outside, 'secret.txt'), join(ws, 'sources/brief.txt'));
      return 'sources/brief.txt';
    },
    'a source in a linked folder': (ws, outside) => {
      symlinkSync(outside, join(ws, 'sources/linked'));
      return 'sources/linked/secret.txt';
    },
    'a source reached with ..': () => '../outside/secret.txt',
    'an absolute source path': (_ws, outside) => join(outside, 'secret.txt'),
  };
  for (const [name, place] of Object.entries(cases)) {
    test(name, () => {
      const ws = join(setup.ws, name.replace(/\W+/g, '-'));
      mkdirSync(join(ws, 'sources'), { recursive: true });
      writeFileSync(join(ws, 'claims-schema.yaml'), schema(place(ws, setup.outside)));
      writeFileSync(join(ws, 'q.assessment.md'), quoting);
      const run = runCli(['check', '.', '--format', 'json'], { cwd: ws });
      assertNoStackTrace(run.stderr);
      const report = parseJson(run);
      const schemaFile = report.files.find((f: any) => f.path === 'claims-schema.yaml');
      const missing = schemaFile.diagnostics.filter((d: any) => d.code === 'source-file-missing');
      assert.equal(missing.length, 1, run.stdout);
      assert.match(missing[0].message, /so it was not read/);
      assert.doesNotMatch(run.stdout + run.stderr, /tc-secret-line/);
    });
  }

  test('a front matter schema through a linked folder is refused, not read', () => {
    const ws = join(setup.ws, 'front-matter');
    mkdirSync(ws, { recursive: true });
    symlinkSync(setup.outside, join(ws, 'elsewhere'));
    writeFileSync(join(ws, 'q.assessment.md'), `---\nschema: elsewhere/claims-schema.yaml\n---\n${quoting}`);
    const run = runCli(['check', 'q.assessment.md', '--format', 'json'], { cwd: ws });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /front matter schema "elsewhere\/claims-schema.yaml" leads outside the folder through a symbolic link; .* so it was not read/);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    const report = parseJson(run);
    assert.ok(!report.files[0].diagnostics.some((d: any) => d.code === 'unknown-source'), 'the outside schema was used');
  });

  test('a front matter schema reached with .. out of the working folder is refused', () => {
    const ws = join(setup.ws, 'dotdot');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'q.assessment.md'), `---\nschema: ../../outside/claims-schema.yaml\n---\n${quoting}`);
    const run = runCli(['check', '.'], { cwd: ws });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /goes outside the folder \(\.\.\)/);
  });

  test('a linked assessment or folder found in a walk is not read', () => {
    const ws = join(setup.ws, 'walk');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(setup.outside, 'leak.assessment.md'), `${secret}\n`);
    symlinkSync(join(setup.outside, 'leak.assessment.md'), join(ws, 'planted.assessment.md'));
    symlinkSync(setup.outside, join(ws, 'planted-folder'));
    writeFileSync(join(ws, 'own.assessment.md'), 'We assess the talks will fail.\n');
    const run = runCli(['check', '.'], { cwd: ws });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /not reading planted\.assessment\.md: a symbolic link to outside \./);
    assert.match(run.stderr, /not reading planted-folder: a symbolic link to outside \./);
    assert.doesNotMatch(run.stdout, /tc-secret-line/);
  });
});

describe('hostile files end with findings or a one-line reason', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  before(() => {
    ensureBuilt();
    temp = makeTempFolder();
  });
  after(() => temp.remove());

  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(temp.path, name), content);
    return name;
  };

  test('20,000 nested block quotes: one not-checked note, the rest checked', () => {
    const name = write('deep.assessment.md', `${'>'.repeat(20_000)} x\n\nThe ministry announced on May 3 that 400 troops had crossed.\n`);
    const run = runCli(['check', name, '--format', 'json'], { cwd: temp.path });
    assertNoStackTrace(run.stderr);
    const codes = parseJson(run).files[0].diagnostics.map((d: any) => d.code);
    assert.deepEqual(codes, ['not-checked', 'unsourced-assertion']);
  });

  test('binary content, invalid UTF-8, a BOM and CRLF', () => {
    write('binary.assessment.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    write('latin1.assessment.md', Buffer.from('The minister said on May 3 that 400 troops \xe9 had crossed.\n', 'latin1'));
    write('bom.assessment.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('The minister said on May 3 that 400 troops had crossed.\r\n')]));
    const run = runCli(['check', 'binary.assessment.md', 'latin1.assessment.md', 'bom.assessment.md', '--format', 'json'], { cwd: temp.path });
    assert.equal(run.code, 2);
    assert.deepEqual(cannotRead(run.stderr), ['tradecraft: cannot read binary.assessment.md: binary file, not UTF-8 text']);
    const files = parseJson(run).files;
    const bom = files.find((f: any) => f.path === 'bom.assessment.md');
    assert.deepEqual(bom.diagnostics[0].range.start, { line: 0, character: 0 }, 'the BOM shifted the columns');
    assert.ok(files.find((f: any) => f.path === 'latin1.assessment.md').diagnostics.length > 0);
  });

  test('a loop of symbolic links and a file gone between the listing and the read', () => {
    const links = join(temp.path, 'links');
    mkdirSync(links);
    symlinkSync('loop-b.assessment.md', join(links, 'loop-a.assessment.md'));
    symlinkSync('loop-a.assessment.md', join(links, 'loop-b.assessment.md'));
    // The walk lists the name; what it points to is gone by the time it is read.
    symlinkSync('deleted-meanwhile.md', join(links, 'gone.assessment.md'));
    const run = runCli(['check', 'links'], { cwd: temp.path });
    assert.equal(run.code, 2);
    assert.deepEqual(cannotRead(run.stderr), [
      'tradecraft: cannot read links/gone.assessment.md: no such file',
      'tradecraft: cannot read links/loop-a.assessment.md: too many symbolic links',
      'tradecraft: cannot read links/loop-b.assessment.md: too many symbolic links',
    ]);
  });

  test('a document over 5 MB gets a one-line reason', () => {
    const name = write('huge.assessment.md', 'The ministry said on May 3 that talks ended.\n\n'.repeat(120_000));
    const run = runCli(['check', name], { cwd: temp.path });
    assert.equal(run.code, 2);
    assert.match(run.stderr.trim(), /^tradecraft: cannot read huge\.assessment\.md: file too large \(5\.\d MB, limit 5\.0 MB\)$/);
  });

  test('--max-document-kb gives a larger document one note instead of a check', () => {
    const name = write('long.assessment.md', 'The ministry said on May 3 that talks ended.\n\n'.repeat(100));
    const run = runCli(['check', name, '--max-document-kb', '2', '--format', 'json'], { cwd: temp.path });
    const diagnostics = parseJson(run).files[0].diagnostics;
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'not-checked');
    assert.match(diagnostics[0].message, /over the size limit of 2 KB/);
    assert.equal(runCli(['check', name, '--max-document-kb', 'lots'], { cwd: temp.path }).code, 2);
  });
});
