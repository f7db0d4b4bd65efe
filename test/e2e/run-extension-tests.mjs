// Runs the extension test suite (test/vscode, bundled to out/test/index.js)
// in a real VS Code, offline: the VS Code 1.100.3 server bundled in
// code-server, with its workbench in Debian's Chromium. The workbench loads
// our extension from the project folder (extensionDevelopmentPath) and runs
// the suite in the Node extension host (extensionTestsPath), as desktop VS
// Code does for @vscode/test-electron. The suite's output comes back through
// the smoke-test driver's codeAutomationLog, its result through
// codeAutomationExit.
//
//   node test/e2e/run-extension-tests.mjs      (after npm run build -- --tests)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './lib/browser.mjs';
import { codeServerDir, copySamples, ensureOutputDir, loadTool, root } from './lib/paths.mjs';
import { startVsCodeServer } from './lib/vscode-server.mjs';

const suiteTimeoutMs = 6 * 60_000;
const offlineNoise = /ENOTFOUND open-vsx\.org|Failed to register a ServiceWorker/;
const testsEntry = path.join(root, 'out', 'test', 'index.js');

async function main() {
  for (const [file, fix] of [
    [testsEntry, 'npm run build -- --tests'],
    [path.join(root, 'dist', 'extension.cjs'), 'npm run build'],
  ]) {
    if (!existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run ${fix} first`);
  }
  const started = Date.now();
  const workspace = copySamples();
  // VS Code in a browser saves edits after a second by default; the suite's
  // edits are unsaved ones that it reverts, as on the desktop.
  mkdirSync(path.join(workspace.dir, '.vscode'));
  writeFileSync(path.join(workspace.dir, '.vscode', 'settings.json'), '{ "files.autoSave": "off" }\n');
  const serverLog = [];
  let server;
  let browser;
  try {
    server = await startVsCodeServer({ log: (line) => serverLog.push(line) });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

    let finish;
    const exitCode = new Promise((resolve) => (finish = resolve));
    // The extension host's console, as (level, [format, ...args]). The
    // workbench's failed look-ups of the extension gallery (no network here)
    // are left out.
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const line = Array.isArray(args) ? format(...args) : String(args);
      if (offlineNoise.test(line)) return;
      (level === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    page.on('pageerror', (error) => console.error(`workbench error: ${error.message}`));

    const remote = (file) => `vscode-remote://${server.authority}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(testsEntry)],
    ];
    const url = `${server.origin}/?folder=${encodeURIComponent(workspace.dir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), suiteTimeoutMs);
    });
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    if (code === 'timeout') {
      const shot = path.join(ensureOutputDir('screenshots'), 'extension-tests-timeout.png');
      await page.screenshot({ path: shot }).catch(() => {});
      console.error(`The extension tests did not finish within ${suiteTimeoutMs / 60_000} min; screenshot: ${path.relative(root, shot)}`);
      console.error(serverLog.slice(-30).join('\n'));
      return 1;
    }
    console.log(`extension tests in VS Code ${vscodeVersion()}: ${code === 0 ? 'passed' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return code;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    workspace.dispose();
  }
}

/** The version of the VS Code that code-server bundles. */
function vscodeVersion() {
  const manifest = JSON.parse(readFileSync(path.join(codeServerDir(), 'lib', 'vscode', 'package.json'), 'utf8'));
  return `${manifest.version} (code-server ${loadTool('code-server/package.json').version})`;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`run-extension-tests: ${error.message}`);
    process.exit(1);
  },
);
