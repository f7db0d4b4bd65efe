// Neovim 0.7.2 (Debian's /usr/bin/nvim), headless, as a second LSP client of
// the language server, on a fresh copy of samples/: the draft's diagnostics
// arrive as the command line reports them, and a hover on an actor mention
// shows the actor and sentences of the sample sources.
//
//   npm run build && node --test --test-reporter=spec test/e2e/neovim.test.mjs
//
// The Lua side (neovim/client.lua) does the editor's part and writes JSON; it
// stops itself with `cquit 1` after its own timeout, and this file kills
// Neovim's whole process group (Neovim, node, the server) in every case.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { cliCheck, cliPath } from './lib/cli.mjs';
import { root, scratchDir } from './lib/paths.mjs';

const serverPath = path.join(root, 'dist', 'tradecraft-lsp.cjs');
const clientLua = 'test/e2e/neovim/client.lua'; // relative to root, Neovim's cwd
const draftRelative = path.join('assessments', 'china-dprk-draft.assessment.md');

/** The Lua script's own budget; it exits with `cquit 1` when it runs out. */
const luaTimeoutMs = 30_000;
/** The backstop: past this the whole process group is killed. */
const backstopMs = luaTimeoutMs + 15_000;

/** The hover target: an actor alias from the schema, after a “ on its line so UTF-16 and bytes differ. */
const hoverWord = 'Pyongyang';
const hoverActorName = 'North Korea';
/** The actor's name and aliases in samples/claims-schema.yaml. */
const hoverActorNames = ['North Korea', 'Pyongyang', 'DPRK'];
/** A sentence of samples/sources/china-dprk-troops-brief.md that the North Korea card quotes. */
const expectedSourceSentence = 'Continued North Korean fighting makes it harder for China to keep its distance from the war';

const severityNumber = { error: 1, warning: 2, info: 3, information: 3, hint: 4 };

function requirePrerequisites() {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error(`Neovim is missing (Debian: apt-get install neovim): ${version.error?.message ?? version.stderr}`);
  }
  if (!existsSync(serverPath) || !existsSync(cliPath)) {
    throw new Error(`${path.relative(root, existsSync(serverPath) ? cliPath : serverPath)} is missing: run npm run build first`);
  }
  return version.stdout.split('\n')[0];
}

/** The CLI's findings for a file, as { code, severity, message, range } (UTF-16, 0-based). */
function cliDiagnostics(file) {
  const { status, report } = cliCheck([file]);
  // The draft has error-level findings: exit code 1 by the contract.
  assert.equal(status, 1, `tradecraft check exited ${status}`);
  assert.equal(report.files.length, 1, 'the CLI checked exactly the draft');
  return report.files[0].diagnostics;
}

/** Ends a process group, ignoring one that is already gone. */
function killGroup(pid, signal = 'SIGKILL') {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/** Runs the Lua client; resolves with its exit and output, however it ends. */
function runNeovim(env) {
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-c', `luafile ${clientLua}`, '-c', 'cquit 2'], {
      cwd: root,
      env,
      detached: true, // its own process group: Neovim, the node it starts, the server
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    let timedOut = false;
    const backstop = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, backstopMs);
    child.on('error', (error) => {
      clearTimeout(backstop);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(backstop);
      // Whatever Neovim left behind (a server that did not exit) goes too.
      killGroup(child.pid);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** The line, the UTF-16 index and the byte column of the first `word` that follows a non-ASCII character on its line. */
function findMention(text, word) {
  const lines = text.split('\n');
  for (const [line, content] of lines.entries()) {
    for (let at = content.indexOf(word); at >= 0; at = content.indexOf(word, at + 1)) {
      const before = content.slice(0, at);
      if (Buffer.byteLength(before) !== before.length) return { line, character: at, byteCol: Buffer.byteLength(before) };
    }
  }
  throw new Error(`no "${word}" after a non-ASCII character in the draft`);
}

/** The sentences a card quotes: its blockquote lines other than the attribution, markdown escapes undone. */
function quotedSentences(markdown) {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('> ') && !line.startsWith('> — '))
    .map((line) => line.slice(2).replace(/\\(.)/g, '$1'));
}

const flat = (text) => text.replace(/\s+/g, ' ');

/**
 * Runs Neovim on a fresh copy of the samples in `tmp`, with optional client
 * `settings`, and returns what the Lua client saw with what the test compares
 * it to.
 */
async function runOnSamples(t, tmp, settings, settingsVia) {
  const ws = path.join(tmp, 'ws');
  cpSync(path.join(root, 'samples'), ws, { recursive: true });
  const home = path.join(tmp, 'home'); // Neovim's logs, swap and shada stay in here
  mkdirSync(home);
  const draft = path.join(ws, draftRelative);
  const outFile = path.join(tmp, 'result.json');
  const draftText = readFileSync(draft, 'utf8');
  const draftLines = draftText.split('\n');
  const mention = findMention(draftText, hoverWord);
  // Inside the word, two UTF-16 units in: a byte column sent as is would be off.
  const hoverCharacter = mention.character + 2;
  const hoverByteCol = mention.byteCol + 2;

  const expected = cliDiagnostics(draft);
  assert.ok(expected.length >= 5, `the CLI reports the draft's findings (got ${expected.length})`);

  const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, // `node` is this node
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_STATE_HOME: path.join(home, 'state'),
    NVIM_LOG_FILE: path.join(home, 'nvim.log'),
    TRADECRAFT_WS: ws,
    TRADECRAFT_SERVER: serverPath,
    TRADECRAFT_FILE: draft,
    TRADECRAFT_HOVER_LINE: String(mention.line),
    TRADECRAFT_HOVER_COL: String(hoverByteCol),
    TRADECRAFT_OUT: outFile,
    TRADECRAFT_TIMEOUT_MS: String(luaTimeoutMs),
    TRADECRAFT_SETTINGS: settings === undefined ? '' : JSON.stringify(settings),
    TRADECRAFT_SETTINGS_VIA: settingsVia ?? '',
  };
  const started = performance.now();
  const run = await runNeovim(env);
  const wallMs = Math.round(performance.now() - started);
  t.diagnostic(`nvim ran ${wallMs} ms`);
  const output = `--- nvim stdout ---\n${run.stdout}\n--- nvim stderr ---\n${run.stderr}`;
  assert.ok(!run.timedOut, `Neovim did not finish within ${backstopMs} ms; its process group was killed\n${output}`);
  assert.equal(run.code, 0, `Neovim exited ${run.code ?? run.signal}\n${output}`);
  assert.ok(existsSync(outFile), `Neovim exited 0 but wrote no ${outFile}\n${output}`);
  const result = JSON.parse(readFileSync(outFile, 'utf8'));
  t.diagnostic(`publishes seen by Neovim: ${JSON.stringify(result.publishes)}; client side ${result.elapsed_ms} ms`);
  assert.equal(result.offset_encoding, 'utf-16');
  return { result, expected, draftLines, mention, hoverCharacter, ws };
}

test('Neovim 0.7.2 headless as an LSP client: diagnostics and hover on the draft', { timeout: backstopMs + 30_000 }, async (t) => {
  t.diagnostic(requirePrerequisites());
  const tmp = scratchDir('nvim');
  try {
    const { result, expected, draftLines, mention, hoverCharacter, ws } = await runOnSamples(t, tmp);

    await t.test('the draft’s diagnostics are the CLI’s: code, range, severity, message', () => {
      // Neovim stores byte columns; the server sent UTF-16, as the CLI prints.
      const byteCol = (line, character) => Buffer.byteLength(draftLines[line].slice(0, character));
      const want = expected
        .map((d) => ({
          code: d.code,
          severity: severityNumber[d.severity],
          message: d.message,
          line: d.range.start.line,
          character: d.range.start.character,
          endLine: d.range.end.line,
          endCharacter: d.range.end.character,
          col: byteCol(d.range.start.line, d.range.start.character),
          endCol: byteCol(d.range.end.line, d.range.end.character),
        }))
        .sort(byPosition);
      const got = result.diagnostics
        .map((d) => ({
          code: d.code,
          severity: d.severity,
          message: d.message,
          line: d.lnum,
          character: d.col_utf16,
          endLine: d.end_lnum,
          endCharacter: d.end_col_utf16,
          col: d.col,
          endCol: d.end_col,
        }))
        .sort(byPosition);
      assert.deepEqual(got, want);
      assert.ok(
        want.some((d) => d.col !== d.character || d.endCol !== d.endCharacter),
        'some finding sits after a non-ASCII character, so the byte/UTF-16 conversion is exercised',
      );
      for (const d of result.diagnostics) assert.equal(d.source, 'tradecraft');
      const codes = new Set(got.map((d) => d.code));
      for (const code of ['unknown-source', 'quote-not-in-source', 'number-not-in-source', 'unsourced-assertion', 'nonstandard-estimative']) {
        assert.ok(codes.has(code), `the draft's ${code} finding reached Neovim`);
      }
    });

    await t.test(`hover on "${hoverWord}" shows ${hoverActorName} and sentences of the sample sources`, () => {
      // Neovim turned the cursor's byte column into the UTF-16 position the server expects.
      assert.deepEqual(result.hover_position, { line: mention.line, character: hoverCharacter });
      const hover = result.hover;
      assert.equal(typeof hover, 'string', `a hover card came back (got ${JSON.stringify(hover)})`);
      assert.match(hover, new RegExp(`\\*\\*${hoverActorName}\\*\\*`), 'the card names the actor');
      assert.ok(hover.includes('What the sources say'), `the card has its source sentences section:\n${hover}`);

      const sourcesDir = path.join(ws, 'sources');
      const sourceTexts = readdirSync(sourcesDir).map((name) => flat(readFileSync(path.join(sourcesDir, name), 'utf8')));
      const brief = flat(readFileSync(path.join(sourcesDir, 'china-dprk-troops-brief.md'), 'utf8'));
      assert.ok(brief.includes(expectedSourceSentence), 'the expected sentence is really in the source brief');
      assert.ok(flat(hover).includes(expectedSourceSentence), `the card quotes the source brief:\n${hover}`);

      const quoted = quotedSentences(hover);
      assert.ok(quoted.length >= 1, `the card quotes at least one sentence:\n${hover}`);
      // Neovim asks for no command links, so every ¶n is a file: URI with the paragraph's line.
      const links = [...hover.matchAll(/\[¶(\d+)\]\(([^)]+)\)/g)];
      assert.ok(links.length >= quoted.length, `every quoted sentence has a ¶n link:\n${hover}`);
      for (const [, , target] of links) {
        const m = /^(file:\/\/\S+)#L(\d+)$/.exec(target);
        assert.ok(m, `a file: URI with a line: ${target}`);
        const file = fileURLToPath(m[1]);
        assert.ok(file.startsWith(sourcesDir + path.sep), `${file} is a source of the workspace`);
        const lines = readFileSync(file, 'utf8').split('\n');
        const line = Number(m[2]) - 1;
        assert.ok(lines[line]?.trim() && (line === 0 || !lines[line - 1].trim()), `line ${line + 1} of ${file} starts a paragraph`);
      }
      for (const sentence of quoted) {
        assert.ok(sourceTexts.some((text) => text.includes(flat(sentence))), `"${sentence}" is in a sample source`);
        assert.ok(hoverActorNames.some((name) => sentence.includes(name)), `"${sentence}" is about ${hoverActorName}`);
      }
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

for (const via of ['didChangeConfiguration', 'init_options']) {
  test(`Neovim 0.7.2: settings given by ${via} set severities`, { timeout: backstopMs + 30_000 }, async (t) => {
    requirePrerequisites();
    const tmp = scratchDir('nvim');
    try {
      const severity = { 'unsourced-assertion': 'error', 'weak-source': 'off' };
      const { result, expected } = await runOnSamples(t, tmp, { severity }, via);
      const codes = result.diagnostics.map((d) => d.code);
      assert.ok(expected.some((d) => d.code === 'weak-source'), 'without the setting the CLI reports a weak-source finding');
      assert.ok(!codes.includes('weak-source'), `weak-source is off, yet Neovim shows it: ${codes.join(', ')}`);
      assert.equal(result.diagnostics.length, expected.filter((d) => d.code !== 'weak-source').length);
      const unsourced = result.diagnostics.filter((d) => d.code === 'unsourced-assertion');
      assert.equal(unsourced.length, expected.filter((d) => d.code === 'unsourced-assertion').length);
      assert.deepEqual([...new Set(unsourced.map((d) => d.severity))], [severityNumber.error], 'unsourced assertions are errors');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
}

function byPosition(a, b) {
  return a.line - b.line || a.character - b.character || a.code.localeCompare(b.code);
}
