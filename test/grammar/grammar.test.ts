// Runs the TextMate grammar tests (test/grammar/*.test.md) with vscode-tmgrammar-test,
// offline, through its CLI: `node <its bin> --config grammars.json -g markdown-host...`.
// The injection grammar needs `injectTo`, which only a config file can give (`-g` cannot),
// hence grammars.json; the Markdown host grammar is a test fixture passed with `-g`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { confidenceMeanings, likelihoodTerms } from '../../server/src/core/model/estimative-vocabulary.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const grammarPath = join(repoRoot, 'syntaxes', 'tradecraft-markdown.tmLanguage.json');
const hostGrammar = join(here, 'markdown-host.tmLanguage.json');
const testConfig = join(here, 'grammars.json');

const LIKELIHOOD = 'keyword.other.estimative.likelihood.tradecraft';
const CONFIDENCE = 'keyword.other.estimative.confidence.tradecraft';
const INJECTION_SCOPE = 'markdown.tradecraft.injection';

/** The CLI script of vscode-tmgrammar-test, from its own package.json `bin`. */
function toolCli(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('vscode-tmgrammar-test/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifestPath), manifest.bin['vscode-tmgrammar-test']);
}

/** The tool globs its arguments: give it forward slashes on every platform. */
const globSafe = (path: string): string => path.split(sep).join('/');

function runTool(cases: string[], config = testConfig): { code: number | null; output: string } {
  const args = [toolCli(), '--config', config, '--grammar', hostGrammar, ...cases.map(globSafe)];
  const run = spawnSync(process.execPath, args, {
    cwd: here,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (run.error) throw run.error;
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

function assertPasses(cases: string[], config?: string): void {
  const { code, output } = runTool(cases, config);
  assert.equal(code, 0, `vscode-tmgrammar-test failed (exit ${code}):\n${output}`);
}

/** One source line and a caret assertion under `text` (which must start at column 4 or later). */
function assertedLine(prefix: string, text: string, suffix: string, scope: string): string[] {
  assert.ok(prefix.length >= 4, 'the caret line needs the text at column 4 or later');
  return [`${prefix}${text}${suffix}`, `<!--${' '.repeat(prefix.length - 4)}${'^'.repeat(text.length)} ${scope}`];
}

const header = (description: string): string => `<!-- SYNTAX TEST "text.html.markdown" "${description}"`;

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tradecraft-grammar-'));
});
after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('TextMate injection grammar (vscode-tmgrammar-test)', () => {
  test('the grammar is an injection into Markdown that stays out of code', () => {
    const grammar = JSON.parse(readFileSync(grammarPath, 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(grammar.scopeName, INJECTION_SCOPE);
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
    for (const excluded of ['markup.fenced_code', 'markup.inline.raw', 'markup.raw', 'meta.embedded', 'comment']) {
      assert.ok(grammar.injectionSelector.split(/\s+/).includes(`-${excluded}`), `selector excludes ${excluded}`);
    }
  });

  const cases = readdirSync(here)
    .filter((name) => name.endsWith('.test.md'))
    .sort();
  test('there are grammar test files', () => {
    for (const name of ['citations.test.md', 'estimative.test.md', 'exclusions.test.md']) {
      assert.ok(cases.includes(name), `${name} is missing from test/grammar`);
    }
  });
  for (const name of cases) {
    test(name, () => assertPasses([join(here, name)]));
  }

  test('every likelihood term and confidence level the checker knows is highlighted', () => {
    const lines = [header('generated from estimative-vocabulary.ts')];
    const spellings = new Set(
      (['icd-203', 'phia'] as const).flatMap((v) => likelihoodTerms(v).flatMap((t) => [t.term, ...t.variants])),
    );
    for (const spelling of spellings) {
      for (const text of [spelling, spelling.toUpperCase()]) {
        // "remote" alone is a likelihood only where it describes a chance ("the chance is remote").
        lines.push(...assertedLine('The outcome is ', text, ' here.', LIKELIHOOD), '');
      }
    }
    for (const level of Object.keys(confidenceMeanings)) {
      lines.push(...assertedLine('We judge with ', `${level} confidence`, ' that it holds.', CONFIDENCE), '');
      lines.push(...assertedLine('Our ', `confidence is ${level}`, '.', CONFIDENCE), '');
    }
    const file = join(scratch, 'vocabulary.test.md');
    writeFileSync(file, `${lines.join('\n')}\n`);
    assertPasses([file]);
  });

  test('self-check: a wrong expectation makes the tool fail', () => {
    const file = join(scratch, 'wrong.test.md');
    writeFileSync(
      file,
      [
        header('deliberately wrong expectations'),
        ...assertedLine('It is ', 'likely', '.', CONFIDENCE),
        ...assertedLine('The ', 'unlikelyhood', ' of it.', LIKELIHOOD),
        '',
      ].join('\n'),
    );
    const { code, output } = runTool([file]);
    assert.notEqual(code, 0, `expected a failing exit code, got ${code}:\n${output}`);
    assert.match(output, /missing required scopes: keyword\.other\.estimative\.confidence\.tradecraft/, output);
    assert.match(output, /missing required scopes: keyword\.other\.estimative\.likelihood\.tradecraft/, output);
  });

  test('package.json contributes the grammar as tested', () => {
    const manifestPath = join(repoRoot, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      contributes?: { grammars?: Array<{ scopeName?: string; path?: string; injectTo?: string[] }> };
    };
    const entry = manifest.contributes?.grammars?.find((g) => g.scopeName === INJECTION_SCOPE);
    assert.ok(entry, 'package.json contributes the injection grammar');
    assert.equal(resolve(repoRoot, entry.path ?? ''), grammarPath);
    assert.ok(entry.injectTo?.includes('text.html.markdown'), 'injectTo includes text.html.markdown');
    // The same test files, with package.json itself as the tool's configuration.
    assertPasses(cases.map((name) => join(here, name)), manifestPath);
  });
});
