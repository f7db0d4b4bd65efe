// `npm run package` builds a small .vsix: the bundled client and server, the
// grammar and the JSON Schema, and a manifest VS Code 1.100 accepts; no
// node_modules, no sources, no source maps.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { diagnosticCodes } from '../../server/src/core/diagnostics.js';
import { readZipEntries } from './zip-entries.js';

const root = path.resolve(import.meta.dirname, '../..');
const rootManifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('the .vsix', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tradecraft-vsix-'));
  const vsix = path.join(dir, 'tradecraft.vsix');
  let entries: Map<string, Buffer>;
  let manifest: any;

  before(() => {
    // The same vsce call as `npm run package` (which also builds; `npm test` has just built).
    const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');
    const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--readme-path', 'client/README.md', '--out', vsix], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `vsce failed:\n${run.stdout}\n${run.stderr}`);
    entries = readZipEntries(readFileSync(vsix));
    manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('ships exactly the bundles, grammar, JSON Schema, icon and texts', () => {
    const shipped = [...entries.keys()].filter((name) => name.startsWith('extension/')).sort();
    assert.deepEqual(shipped, [
      'extension/LICENSE.txt',
      'extension/client/images/icon.png',
      'extension/dist/extension.cjs',
      'extension/dist/tradecraft-lsp.cjs',
      'extension/package.json',
      'extension/readme.md',
      'extension/schemas/claims-schema.schema.json',
      'extension/syntaxes/tradecraft-markdown.tmLanguage.json',
    ]);
    assert.ok(statSync(vsix).size < 1024 * 1024, `the .vsix is small (${statSync(vsix).size} bytes)`);
  });

  test('the manifest targets VS Code 1.100 and points at files it ships', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(rootManifest.devDependencies['@types/vscode'], '1.100.0');
    assert.ok(entries.has(`extension/${manifest.main.replace(/^\.\//, '')}`));
    for (const grammar of manifest.contributes.grammars) assert.ok(entries.has(`extension/${grammar.path.replace(/^\.\//, '')}`));
    for (const validation of manifest.contributes.yamlValidation) assert.ok(entries.has(`extension/${validation.url.replace(/^\.\//, '')}`));
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
  });

  test('it starts on assessments and on workspaces with a claims schema, and contributes no language', () => {
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/claims-schema.yaml'));
    assert.ok(manifest.activationEvents.some((e: string) => e.includes('*.assessment.md') || e === 'onLanguage:markdown'));
    assert.equal(manifest.contributes.languages, undefined);
  });

  test('every setting is under tradecraft.*, with a severity for every diagnostic code', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), ['tradecraft.enable', 'tradecraft.limits.maxDocumentKB', 'tradecraft.limits.timeBudgetMs', 'tradecraft.schemaPath', 'tradecraft.severity', 'tradecraft.trace.server']);
    assert.deepEqual(Object.keys(properties['tradecraft.severity'].properties).sort(), [...diagnosticCodes].sort());
  });

  test('the commands are contributed', () => {
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(commands, ['tradecraft.checkWorkspace', 'tradecraft.citeSource', 'tradecraft.restartServer', 'tradecraft.showOutput', 'tradecraft.showReport', 'tradecraft.showUnsourced', 'tradecraft.showWorkspaceReport']);
  });

  test('the packaged server runs on its own, and the client bundles nothing of the server', () => {
    const serverPath = path.join(dir, 'tradecraft-lsp.cjs');
    writeFileSync(serverPath, entries.get('extension/dist/tradecraft-lsp.cjs')!);
    const run = spawnSync(process.execPath, [serverPath, '--version'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.stdout.trim(), rootManifest.version, run.stderr);
    const client = entries.get('extension/dist/extension.cjs')!.toString('utf8');
    assert.ok(client.includes('require("vscode")'), 'the client leaves vscode to the editor');
    assert.ok(!client.includes('server/src/core/'), 'the client bundles nothing of the core');
  });
});

test('the manifest\'s repository is where the rule documentation links point', async () => {
  const { toolInformationUri } = await import('../../server/src/tool-info.js');
  assert.equal(rootManifest.repository.url.replace(/\.git$/, ''), toolInformationUri);
});
