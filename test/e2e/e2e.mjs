// npm run test:e2e: the extension test suite in a real VS Code, then the UI
// smoke test, each as its own process group, with one summary at the end.
// Both run offline: the VS Code server from code-server and Debian's
// Chromium (install them with e2e-tools/install.sh).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const runners = [
  { name: 'extension tests (VS Code 1.100.3, extension host)', script: 'run-extension-tests.mjs' },
  { name: 'UI smoke test (workbench in Chromium)', script: 'ui-smoke.mjs' },
  { name: 'HTML report in Chromium (labels, screenshot)', script: 'report-page.mjs' },
];

function runInOwnGroup(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(here, script)], { stdio: 'inherit', detached: true });
    const end = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    const onSignal = () => end('SIGTERM');
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      // Anything the runner left behind in its group goes with it.
      end('SIGKILL');
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const results = [];
for (const runner of runners) {
  const started = Date.now();
  const code = await runInOwnGroup(runner.script);
  results.push({ ...runner, code, seconds: (Date.now() - started) / 1000 });
}
console.log('\ntest:e2e summary');
for (const { name, code, seconds } of results) {
  console.log(`  ${code === 0 ? '✔ passed' : '✖ FAILED'}  ${name} (${seconds.toFixed(1)} s)`);
}
process.exit(results.some(({ code }) => code !== 0) ? 1 : 0);
