import { parseArgs } from 'node:util';
import type { CheckLimits } from '../core/model/limits.js';
import { limitFlagSpecs, limitFlagsUsage, parseLimitFlags } from './limit-flags.js';

/** How `check` prints its findings. */
export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';

export const outputFormats: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];

/** What `tradecraft check` was asked to do. */
export interface CheckCommand {
  kind: 'check';
  paths: string[];
  schema?: string;
  format: OutputFormat;
  /** Undefined means any number of warnings is fine. */
  maxWarnings?: number;
  quiet: boolean;
  limits?: CheckLimits;
}

/** What `tradecraft report` was asked to do. */
export interface ReportCommand {
  kind: 'report';
  paths: string[];
  schema?: string;
  out: string;
}

/** A parsed command line, or the one-line reason it is not a valid one. */
export type ParsedCommand =
  | CheckCommand
  | ReportCommand
  | { kind: 'help'; text: string }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const usageText = `Usage:
  tradecraft check [PATH ...] [--schema FILE] [--format text|json|sarif|github]
                   [--max-warnings N] [--quiet]
  tradecraft report [PATH ...] --out FILE.html [--schema FILE]
  tradecraft --help | --version

PATH is an assessment, a claims-schema.yaml or a folder (every *.assessment.md
and claims-schema.yaml below it, skipping node_modules and dot-folders).
Without PATH the current folder is checked.

Options for check:
  --schema FILE       use this claims schema for every assessment
  --format FORMAT     text (default), json, sarif or github
  --max-warnings N    exit 1 when there are more than N warnings
  --quiet             report errors only
${limitFlagsUsage}
Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings over
that line, 2 usage error, missing path or --schema file, or unreadable file.
`;

/** Turns argv (without node and the script) into a command. */
export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined) {
    return usageError("missing command (expected 'check' or 'report'); try 'tradecraft --help'");
  }
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'help', text: usageText };
  if (first === '--version' || first === '-v' || first === '-V') return { kind: 'version' };
  if (first === 'check') return parseCheck(rest);
  if (first === 'report') return parseReport(rest);
  if (first.startsWith('-')) return usageError(`unknown option '${first}'; try 'tradecraft --help'`);
  return usageError(`unknown command '${first}' (expected 'check' or 'report')`);
}

function parseCheck(args: string[]): ParsedCommand {
  const parsed = parseStrictly(args, {
    schema: { type: 'string' },
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
    ...limitFlagSpecs,
  });
  if ('message' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', text: usageText };
  const format = values.format ?? 'text';
  if (!isOutputFormat(format)) {
    return usageError(`unknown --format '${format}' (expected ${outputFormats.join(', ')})`);
  }
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  if (typeof maxWarnings === 'object') return maxWarnings;
  const schema = nonEmpty(values.schema, '--schema');
  if (typeof schema === 'object') return schema;
  const limits = parseLimitFlags(values);
  if ('message' in limits) return usageError(limits.message);
  return { kind: 'check', paths: positionals, schema, format, maxWarnings, quiet: values.quiet === true, ...(Object.keys(limits).length > 0 ? { limits } : {}) };
}

function parseReport(args: string[]): ParsedCommand {
  const parsed = parseStrictly(args, {
    out: { type: 'string', short: 'o' },
    schema: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if ('message' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', text: usageText };
  if (typeof values.out !== 'string' || values.out === '') {
    return usageError('report needs --out FILE.html');
  }
  const schema = nonEmpty(values.schema, '--schema');
  if (typeof schema === 'object') return schema;
  return { kind: 'report', paths: positionals, schema, out: values.out };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

interface StrictParse {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

// node's parseArgs throws on unknown options and missing values; its messages
// run to several sentences, and a usage error must stay on one line.
function parseStrictly(args: string[], options: OptionSpec): StrictParse | { kind: 'usage-error'; message: string } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as StrictParse['values'], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return usageError(firstSentence(message));
  }
}

function parseMaxWarnings(raw: string | boolean | undefined): number | undefined | { kind: 'usage-error'; message: string } {
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  // -1 means "no limit", as in eslint, so CI scripts written for it carry over.
  if (text === '-1') return undefined;
  if (!/^\d+$/.test(text)) return usageError(`--max-warnings expects a whole number of 0 or more, got '${text}'`);
  return Number(text);
}

function nonEmpty(raw: string | boolean | undefined, option: string): string | undefined | { kind: 'usage-error'; message: string } {
  if (raw === undefined) return undefined;
  if (raw === '' || raw === true) return usageError(`${option} needs a file name`);
  return String(raw);
}

function isOutputFormat(value: unknown): value is OutputFormat {
  return typeof value === 'string' && (outputFormats as readonly string[]).includes(value);
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0];
  const end = line.indexOf('. ');
  const sentence = end >= 0 ? line.slice(0, end) : line.replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function usageError(message: string): { kind: 'usage-error'; message: string } {
  return { kind: 'usage-error', message };
}
