// The `tradecraft` binary. Everything but the process itself lives in cli.ts,
// so that this file only wires process streams and the exit code. The same
// bundle runs the check pool's worker threads (check-worker.ts).
import { runCli } from './cli.js';
import { isCheckWorker, serveChecks } from './check-worker.js';

if (isCheckWorker()) serveChecks();
else runMain();

function runMain(): void {
  // `tradecraft check | head` closes the pipe early; that is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    const code = runCli(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      cwd: process.cwd(),
      env: process.env,
      // The bundle itself (CommonJS, so __filename): a worker started from it serves checks.
      workerScript: typeof __filename === 'string' ? __filename : undefined,
    });
    if (typeof code === 'number') process.exitCode = code;
    else code.then((done) => (process.exitCode = done), internalError);
  } catch (error) {
    internalError(error);
  }
}

function internalError(error: unknown): void {
  const detail = process.env.TRADECRAFT_DEBUG ? (error as Error).stack : (error as Error).message;
  process.stderr.write(`tradecraft: internal error: ${detail}\n`);
  process.exitCode = 2;
}
