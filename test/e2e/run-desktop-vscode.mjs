// Runs the extension test suite (test/vscode, bundled to out/test/index.js)
// in desktop VS Code through @vscode/test-electron, on a copy of samples/.
// It downloads VS Code 1.100.3 into .vscode-test/ the first time, so it needs
// the network, or a VS Code already on the machine:
//
//   VSCODE_EXECUTABLE=/usr/share/code/code npm run test:vscode
//
// On Linux without a display, run it under xvfb-run. Offline machines (and
// CI here) use npm run test:e2e, which runs the same suite in the VS Code
// server that code-server bundles.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copySamples, root, scratchDir } from './lib/paths.mjs';

const version = '1.100.3';
const testsEntry = path.join(root, 'out', 'test', 'index.js');

async function main() {
  if (!existsSync(testsEntry)) throw new Error('out/test/index.js is missing: run npm run build -- --tests first');
  const { runTests } = await import('@vscode/test-electron');
  const workspace = copySamples();
  const userData = scratchDir('desktop-user-data');
  try {
    return await runTests({
      version,
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: testsEntry,
      // test-electron adds --disable-workspace-trust, --skip-welcome and a sandbox-free start.
      launchArgs: [workspace.dir, '--disable-extensions', '--user-data-dir', userData],
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/getaddrinfo|ENOTFOUND|ECONNREFUSED|download|fetch|network/i.test(message)) {
      throw new Error(
        `could not download VS Code ${version} (${message}). Set VSCODE_EXECUTABLE to a VS Code on this machine, or run npm run test:e2e, which needs no download.`,
      );
    }
    throw error;
  } finally {
    workspace.dispose();
    rmSync(userData, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
