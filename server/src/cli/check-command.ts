import type { CheckCommand } from './args.js';
import { exitCodes, warn, type CliIO, type ExitCode } from './cli-io.js';
import { outputNeedsOf, writerFor } from './findings-writer.js';
import { selectionOverrides } from './select.js';
import { checkPaths } from './run-checks.js';
import { addToSummary, emptySummary, isOverTheLine } from './summary.js';

/**
 * `tradecraft check`: prints the findings in the chosen format, each file as
 * soon as it and the files before it are checked, and returns the exit code.
 */
export async function runCheckCommand(command: CheckCommand, io: CliIO): Promise<ExitCode> {
  const writer = writerFor(command.format, io);
  const summary = emptySummary();
  let started = false;
  // The most output that waited for its reader at once (TRADECRAFT_DEBUG): it stays near the stream's buffer however slow the reader.
  let mostHeld = 0;
  // What comes before the first file is written once the run is sure to start (not before a usage error).
  const write = (part: () => string) => {
    if (!started) io.stdout.write(writer.head());
    started = true;
    const text = part();
    if (text !== '') io.stdout.write(text);
    mostHeld = Math.max(mostHeld, io.stdout.writableLength ?? 0);
  };
  const session = await checkPaths({
    paths: command.paths,
    schema: command.schema,
    errorsOnly: command.quiet,
    include: command.include,
    stdinFilename: command.stdinFilename,
    severity: selectionOverrides(command.select, command.ignore),
    reportUnusedSuppressions: command.reportUnusedDisables,
    limits: command.limits,
    needs: outputNeedsOf(command.format, command.quiet),
    jobs: command.jobs,
  }, io, (file) => {
    addToSummary(summary, file);
    write(() => writer.file(file));
  });
  if (typeof session === 'number') return session;
  write(() => writer.end(summary));
  if (io.env.TRADECRAFT_DEBUG) warn(io, `debug: at most ${mostHeld} bytes of output waited for the reader`);
  if (session.failed) return exitCodes.failure;
  return isOverTheLine(summary, command.maxWarnings) ? exitCodes.findings : exitCodes.ok;
}
