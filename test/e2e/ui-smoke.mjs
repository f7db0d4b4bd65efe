// UI smoke test: the packaged extension (tradecraft.vsix) in the real VS Code
// 1.100.3 workbench, in headless Chromium, driven the way a user would:
// clicks in the explorer, reads the editor, the status bar and the Problems
// view, hovers a word with the mouse, and cites a source for an unsourced
// sentence from the quick fix menu (Ctrl+.). Figures are checked against the
// command line on the same files.
//
//   npm run package && node test/e2e/ui-smoke.mjs
//
// Exit code 0 when every check passes, 1 otherwise. Screenshots go to
// .test-output/e2e/screenshots/ (failure-<step>.png when a step fails).
//
// This file sets the stage (workspace, extension, server, browser) and tears
// it down; the steps are in ui-smoke/, one module per thing they check, and
// lib/step-runner.mjs runs them and prints the results.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/browser.mjs';
import { copySamples, ensureOutputDir, root, scratchDir } from './lib/paths.mjs';
import { createStepRunner } from './lib/step-runner.mjs';
import { installVsix, startVsCodeServer } from './lib/vscode-server.mjs';
import { actorHoverSteps } from './ui-smoke/actor-hover.mjs';
import { citeSourceSteps } from './ui-smoke/cite-source.mjs';
import { cli, cliReport, draftFolder, draftName, extensionId, fail, loadYaml, screenshotNames } from './ui-smoke/context.mjs';
import { coverageSteps } from './ui-smoke/coverage.mjs';
import { openDraftSteps } from './ui-smoke/open-draft.mjs';
import { problemCountSteps } from './ui-smoke/problem-counts.mjs';

const vsix = path.join(root, 'tradecraft.vsix');

// Output piped into a reader that quits early (| head) must not end the run before its cleanup.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

const run = createStepRunner('ui-smoke');

main().then(
  (code) => process.exit(code),
  (error) => {
    run.printError(error);
    process.exit(1);
  },
);

async function main() {
  preflight();
  const outDir = ensureOutputDir('screenshots');
  for (const file of readdirSync(outDir)) {
    if (screenshotNames.some((name) => file === `${name}.png`) || /^failure-.*\.png$/.test(file)) rmSync(path.join(outDir, file));
  }
  const serverLogFile = path.join(ensureOutputDir(), 'ui-smoke-server.log');
  rmSync(serverLogFile, { force: true });
  const shot = (name) => path.join(outDir, `${name}.png`);
  const rel = (file) => path.relative(root, file);

  run.handleSignals();
  const serverLog = [];
  try {
    // The workspace, the extension and the expected figures.
    const workspace = copySamples();
    run.atCleanup(() => workspace.dispose());
    // The web workbench saves edits by itself (files.autoSave defaults to
    // afterDelay in a browser); the cite step leaves its edit unsaved.
    mkdirSync(path.join(workspace.dir, '.vscode'));
    writeFileSync(path.join(workspace.dir, '.vscode', 'settings.json'), `${JSON.stringify({ 'files.autoSave': 'off' }, null, 2)}\n`);
    const extensionsDir = scratchDir('extensions');
    run.atCleanup(() => rmSync(extensionsDir, { recursive: true, force: true }));
    installVsix(vsix, extensionsDir);
    if (!readdirSync(extensionsDir).some((dir) => dir.startsWith(`${extensionId}-`))) {
      fail(`installing ${rel(vsix)} left no ${extensionId}-* folder in the extensions folder`);
    }

    const draftPath = path.join(workspace.dir, draftFolder, draftName);
    const draftText = readFileSync(draftPath, 'utf8');
    const draftReport = cliReport([draftPath]).summary;
    const workspaceReport = cliReport([workspace.dir]).summary;
    const schema = loadYaml().parse(readFileSync(path.join(workspace.dir, 'claims-schema.yaml'), 'utf8'));

    const server = await startVsCodeServer({ extensionsDir, log: (line) => serverLog.push(line) });
    run.atCleanup(() => server.stop());
    const browser = await launchChromium();
    run.atCleanup(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    // What the workbench and the extension host log about us, for diagnosis.
    page.on('console', (message) => {
      if ((message.type() === 'error' || message.type() === 'warning') && /tradecraft/i.test(message.text())) {
        console.log(`  [page ${message.type()}] ${message.text().replace(/%c/g, '').slice(0, 500)}`);
      }
    });
    page.on('pageerror', (error) => {
      if (/tradecraft/i.test(`${error.message}\n${error.stack}`)) console.log(`  [page error] ${error.message}`);
    });

    const context = { page, server, workspace, draftPath, draftText, draftReport, workspaceReport, schema, shot, notes: run.notes };
    const steps = [
      ...openDraftSteps(context),
      ...problemCountSteps(context),
      ...coverageSteps(context),
      ...actorHoverSteps(context),
      ...citeSourceSteps(context),
    ];
    const failedStep = await run.runSteps(steps, { page, screenshotDir: outDir });
    if (failedStep) {
      writeFileSync(serverLogFile, `${serverLog.join('\n')}\n`);
      console.log(`    server log: ${rel(serverLogFile)}`);
    }
  } finally {
    await run.finish();
  }
  const shots = readdirSync(outDir).filter((f) => screenshotNames.some((n) => f === `${n}.png`) || f.startsWith('failure-'));
  console.log(`screenshots: ${path.relative(root, outDir)}/ (${shots.sort().join(', ')})`);
  return run.printSummary();
}

function preflight() {
  if (!existsSync(vsix)) fail(`${path.relative(root, vsix)} is missing: run npm run package first`);
  if (!existsSync(cli)) fail(`${path.relative(root, cli)} is missing: run npm run package first`);
  // A package older than the build would test yesterday's extension.
  for (const built of ['extension.cjs', 'tradecraft-lsp.cjs'].map((name) => path.join(root, 'dist', name))) {
    if (existsSync(built) && statSync(built).mtimeMs > statSync(vsix).mtimeMs) {
      fail(`${path.relative(root, vsix)} is older than ${path.relative(root, built)}: run npm run package again`);
    }
  }
}
