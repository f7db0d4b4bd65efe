import type { InitCommand } from './args.js';
import { exitCodes, warn, type CliIO, type ExitCode } from './cli-io.js';

export function runInitCommand(_command: InitCommand, io: CliIO): ExitCode {
  warn(io, 'init is not built yet');
  return exitCodes.failure;
}
