// SECURITY.md says what the tool reads and never does; what of that can be
// checked mechanically is checked here: the built command line and server
// load no network module (and the command line starts no program), and the
// page's limits are the code's and the manifest's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { maxNestingDepth } from '../../server/src/core/model/nesting-guard.js';
import { maxFileBytes } from '../../server/src/node/disk-host.js';

const root = path.resolve(import.meta.dirname, '../..');
const security = readFileSync(path.join(root, 'SECURITY.md'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const modulesOf = (bundle: string) => [...readFileSync(path.join(root, 'dist', bundle), 'utf8').matchAll(/require\("(?:node:)?([\w/]+)"\)/g)].map((m) => m[1]);
const network = ['http', 'https', 'http2', 'dgram', 'tls', 'dns', 'undici'];

test('the command line and the server load no network module; the command line starts no program', () => {
  // The command line's report is a bundle of its own, loaded for `tradecraft report`.
  const cli = [...modulesOf('tradecraft.cjs'), ...modulesOf('tradecraft-report.cjs')];
  assert.ok(readFileSync(path.join(root, 'dist', 'tradecraft.cjs'), 'utf8').includes('import("./tradecraft-report.cjs")'), 'the command line loads its report bundle');
  const server = modulesOf('tradecraft-lsp.cjs');
  assert.ok(cli.includes('fs') && server.includes('fs'), 'the bundles were not read');
  assert.deepEqual(cli.filter((m) => network.includes(m) || m === 'child_process' || m === 'net'), []);
  // The server's only `net` and `child_process` are vscode-languageserver's socket transport and module lookup.
  assert.deepEqual(server.filter((m) => network.includes(m)), []);
});

test('SECURITY.md has its sections, and its limits are the ones in force', () => {
  for (const section of ['## What it reads', '## What it never does', '## Hostile content', '## Untrusted workspaces', '## Reporting a problem']) {
    assert.ok(security.includes(section), `SECURITY.md has no "${section}"`);
  }
  assert.match(security, new RegExp(`Files over ${maxFileBytes / 1024 / 1024} MB`));
  assert.match(security, new RegExp(`deeper than ${maxNestingDepth} levels`));
  const settings = manifest.contributes.configuration.properties;
  assert.match(security, new RegExp(`maxDocumentKB\`\\s+\\(default ${settings['tradecraft.limits.maxDocumentKB'].default}\\)`));
  assert.match(security, new RegExp(`timeBudgetMs\`\\s+\\(default ${settings['tradecraft.limits.timeBudgetMs'].default}\\)`));
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.match(security, /untrustedWorkspaces: supported/);
});
