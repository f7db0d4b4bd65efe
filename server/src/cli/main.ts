// The `tradecraft` binary. Everything but the process itself lives in cli.ts,
// so that this file only wires process streams and the exit code.
import { runCli } from './cli.js';

// `tradecraft check | head` closes the pipe early; that is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

function internalError(error: unknown): void {
  const detail = process.env.TRADECRAFT_DEBUG ? (error as Error).stack : (error as Error).message;
  process.stderr.write(`tradecraft: internal error: ${detail}\n`);
  process.exitCode = 2;
}

try {
  const code = runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
  if (typeof code === 'number') process.exitCode = code;
  else code.then((done) => (process.exitCode = done), internalError);
} catch (error) {
  internalError(error);
}
