import type { CheckCommand, OutputFormat } from './args.js';
import type { CheckedFile } from './checked-file.js';
import { exitCodes, wantsColor, type CliIO, type ExitCode } from './cli-io.js';
import { formatGithub } from './format-github.js';
import { formatGitlab } from './format-gitlab.js';
import { selectionOverrides } from './select.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import { checkPaths } from './run-checks.js';
import { isOverTheLine, summarize, type Summary } from './summary.js';

/** `tradecraft check`: prints the findings in the chosen format and returns the exit code. */
export function runCheckCommand(command: CheckCommand, io: CliIO): ExitCode {
  const session = checkPaths({
    paths: command.paths,
    schema: command.schema,
    errorsOnly: command.quiet,
    include: command.include,
    stdinFilename: command.stdinFilename,
    severity: selectionOverrides(command.select, command.ignore),
    reportUnusedSuppressions: command.reportUnusedDisables,
    limits: command.limits,
  }, io);
  if (typeof session === 'number') return session;
  const summary = summarize(session.files);
  io.stdout.write(render(command.format, session.files, summary, io));
  if (session.failed) return exitCodes.failure;
  return isOverTheLine(summary, command.maxWarnings) ? exitCodes.findings : exitCodes.ok;
}

function render(format: OutputFormat, files: CheckedFile[], summary: Summary, io: CliIO): string {
  switch (format) {
    case 'json': return formatJson(files, summary);
    case 'sarif': return formatSarif(files, io.cwd);
    case 'github': return formatGithub(files);
    case 'gitlab': return formatGitlab(files);
    case 'text': return formatText(files, summary, { color: wantsColor(io) });
  }
}
