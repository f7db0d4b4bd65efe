// `tradecraft rules`: every code with its default severity and one line, the
// list that --select and --ignore take, as text for people or JSON for tools.
import { codeCatalog } from '../core/code-catalog.js';
import { diagnosticCodes } from '../core/diagnostics.js';
import type { RulesCommand } from './args.js';
import { exitCodes, type CliIO, type ExitCode } from './cli-io.js';
import { ruleDocsUrl } from '../tool-info.js';

/** Prints the code list and returns 0. */
export function runRulesCommand(command: RulesCommand, io: CliIO): ExitCode {
  io.stdout.write(command.format === 'json' ? rulesJson() : rulesText());
  return exitCodes.ok;
}

function rulesText(): string {
  const width = Math.max(...diagnosticCodes.map((code) => code.length));
  const lines = diagnosticCodes.map((code) => {
    const info = codeCatalog[code];
    return `${code.padEnd(width)}  ${info.defaultSeverity.padEnd(7)}  ${info.summary}`;
  });
  return `${lines.join('\n')}\n`;
}

function rulesJson(): string {
  const rules = diagnosticCodes.map((code) => ({
    code,
    defaultSeverity: codeCatalog[code].defaultSeverity,
    summary: codeCatalog[code].summary,
    docs: ruleDocsUrl(code),
  }));
  return `${JSON.stringify({ version: 1, rules }, null, 2)}\n`;
}
