import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ReportCommand } from './args.js';
import type { CheckedFile } from './checked-file.js';
import { exitCodes, warn, type CliIO, type ExitCode } from './cli-io.js';
import { describeIoError } from '../node/disk-host.js';
import type { ReportFile } from '../report/page.js';
import { checkPaths } from './run-checks.js';
import { count, describeFindings, describeSourcing, isOverTheLine, summarize } from './summary.js';

/**
 * `tradecraft report`: writes the HTML page and says on stdout where it went.
 * The exit code follows the same rule as `check`, so a CI job can publish the
 * page and still fail on errors.
 */
export async function runReportCommand(command: ReportCommand, io: CliIO): Promise<ExitCode> {
  const files: CheckedFile[] = [];
  // The page shows every file's text, so the report keeps whole results and checks in this thread.
  const session = await checkPaths({
    paths: command.paths, schema: command.schema, errorsOnly: false, withFigures: true, needs: { keepResult: true }, jobs: 1,
  }, io, (file) => files.push(file));
  if (typeof session === 'number') return session;
  const summary = summarize(files);
  const outPath = resolve(io.cwd, command.out);
  // Loaded here, not at start: the charts' library is large, and `check` never needs it.
  const { renderReportPage } = await import('../report/page.js');
  const page = await renderReportPage(files.map(toReportFile));
  try {
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, page);
  } catch (error) {
    warn(io, `cannot write ${command.out}: ${describeIoError(error)}`);
    return exitCodes.failure;
  }
  io.stdout.write(`wrote ${command.out}: ${count(summary.files, 'file')}, ${describeFindings(summary)} · ${describeSourcing(summary)}\n`);
  if (session.failed) return exitCodes.failure;
  return isOverTheLine(summary, undefined) ? exitCodes.findings : exitCodes.ok;
}

function toReportFile(file: CheckedFile): ReportFile {
  const result = file.result!;
  return {
    label: file.displayPath, kind: result.kind, schemaLabel: file.schemaDisplayPath, text: result.text,
    findings: result.findings, stats: result.stats, figures: result.figures,
  };
}
