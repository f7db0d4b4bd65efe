import { parseCommandLine } from './args.js';
import { runCheckCommand } from './check-command.js';
import { exitCodes, warn, type CliIO, type ExitCode } from './cli-io.js';
import { runInitCommand } from './init-command.js';
import { runRulesCommand } from './rules-command.js';
import { toolVersion } from '../tool-info.js';

/** Runs one command line and returns its exit code (`report` renders charts asynchronously); all output goes through `io`. */
export function runCli(argv: readonly string[], io: CliIO): ExitCode | Promise<ExitCode> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'usage-error':
      warn(io, command.message);
      return exitCodes.failure;
    case 'help':
      io.stdout.write(command.text);
      return exitCodes.ok;
    case 'version':
      io.stdout.write(`${toolVersion}\n`);
      return exitCodes.ok;
    case 'check':
      return runCheckCommand(command, io);
    case 'report':
      // Loaded only for a report: its charts (vega, d3) are two thirds of the bundle, and every `check` started them.
      return import('./report-command.js').then(({ runReportCommand }) => runReportCommand(command, io));
    case 'rules':
      return runRulesCommand(command, io);
    case 'init':
      return runInitCommand(command, io);
  }
}
