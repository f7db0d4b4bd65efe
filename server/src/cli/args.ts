import { parseArgs } from 'node:util';
import type { CheckLimits } from '../core/model/limits.js';
import { limitFlagSpecs, limitFlagsUsage, parseLimitFlags } from './limit-flags.js';
import type { DiagnosticCode } from '../core/diagnostics.js';
import { parseCodeList } from './select.js';

/** How `check` prints its findings. */
export type OutputFormat = 'text' | 'json' | 'sarif' | 'github' | 'gitlab';

export const outputFormats: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github', 'gitlab'];

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
  /** Only these codes (--select); undefined means every code. */
  select?: DiagnosticCode[];
  /** Never these codes (--ignore). */
  ignore?: DiagnosticCode[];
  /** Globs of further files to check in folders (--include), beyond *.assessment.md. */
  include: string[];
  /** The name standard input is checked under (`-`), for schema discovery and output. */
  stdinFilename?: string;
  /** Report suppression comments that silence nothing. */
  reportUnusedDisables: boolean;
  /** Threads (--jobs); undefined: one fewer than the cores for a large run, one for a small one. */
  jobs?: number;
}

/** What `tradecraft rules` was asked to do. */
export interface RulesCommand {
  kind: 'rules';
  format: 'text' | 'json';
}

/** What `tradecraft init` was asked to do. */
export interface InitCommand {
  kind: 'init';
  /** The folder of source texts; undefined means ./sources. */
  sourcesDir?: string;
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
  | RulesCommand
  | InitCommand
  | { kind: 'help'; text: string }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const usageText = `Usage:
  tradecraft check [PATH ... | -] [--schema FILE] [--format text|json|sarif|github|gitlab]
                   [--max-warnings N] [--quiet] [--select CODES] [--ignore CODES]
                   [--include GLOB] [--stdin-filename PATH] [--report-unused-disables]
  tradecraft report [PATH ...] --out FILE.html [--schema FILE]
  tradecraft rules [--format text|json]        (also: tradecraft --list-rules)
  tradecraft init [SOURCES_DIR]
  tradecraft --help | --version

PATH is an assessment, a claims-schema.yaml or a folder (every *.assessment.md
and claims-schema.yaml below it, skipping node_modules and dot-folders).
Without PATH the current folder is checked; - reads one assessment from stdin.

Options for check:
  --schema FILE       use this claims schema for every assessment
  --format FORMAT     text (default), json, sarif, github or gitlab
  --max-warnings N    exit 1 when there are more than N warnings
  --quiet             report errors only
  --select CODES      report only these codes (comma-separated)
  --ignore CODES      never report these codes (comma-separated)
  --include GLOB      in folders, also check files matching GLOB (e.g. '*.md');
                      may be repeated
  --stdin-filename P  the path stdin (-) stands for: finds its schema, names it
  --report-unused-disables
                      report tradecraft-disable comments that silence nothing
  --jobs N            check in N threads (default: one fewer than the cores
                      when there are many files); the output is the same for any N
${limitFlagsUsage}
init writes claims-schema.yaml (sources from SOURCES_DIR, default ./sources,
candidate actors to review) and sample.assessment.md; it never overwrites.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings over
that line, 2 usage error, missing path or --schema file, or unreadable file.
`;

/** Turns argv (without node and the script) into a command. */
export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined) {
    return usageError("missing command (expected 'check', 'report', 'rules' or 'init'); try 'tradecraft --help'");
  }
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'help', text: usageText };
  if (first === '--version' || first === '-v' || first === '-V') return { kind: 'version' };
  if (first === 'check') return parseCheck(rest);
  if (first === 'report') return parseReport(rest);
  if (first === 'rules' || first === '--list-rules') return parseRules(rest);
  if (first === 'init') return parseInit(rest);
  if (first.startsWith('-')) return usageError(`unknown option '${first}'; try 'tradecraft --help'`);
  return usageError(`unknown command '${first}' (expected 'check', 'report', 'rules' or 'init')`);
}

function parseCheck(args: string[]): ParsedCommand {
  const parsed = parseStrictly(args, {
    schema: { type: 'string' },
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    jobs: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
    ...limitFlagSpecs,
    ...checkSelectionOptions,
  });
  if ('message' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', text: usageText };
  if (values['list-rules']) return { kind: 'rules', format: 'text' };
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
  const selection = parseSelection(values, positionals);
  if ('message' in selection) return usageError(selection.message);
  const jobs = values.jobs === undefined ? undefined : String(values.jobs).trim();
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) return usageError(`--jobs expects a whole number of 1 or more, got '${jobs}'`);
  return {
    kind: 'check', paths: positionals, schema, format, maxWarnings, quiet: values.quiet === true, ...selection,
    ...(Object.keys(limits).length > 0 ? { limits } : {}), ...(jobs !== undefined ? { jobs: Number(jobs) } : {}),
  };
}

const checkSelectionOptions: OptionSpec = {
  select: { type: 'string' },
  ignore: { type: 'string' },
  include: { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  'report-unused-disables': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
};

type Selection = Pick<CheckCommand, 'select' | 'ignore' | 'include' | 'stdinFilename' | 'reportUnusedDisables'>;

function parseSelection(values: StrictParse['values'], positionals: string[]): Selection | { message: string } {
  const select = values.select === undefined ? undefined : parseCodeList(String(values.select), '--select');
  if (select && 'message' in select) return select;
  const ignore = values.ignore === undefined ? undefined : parseCodeList(String(values.ignore), '--ignore');
  if (ignore && 'message' in ignore) return ignore;
  const include = (values.include as string[] | undefined) ?? [];
  if (include.some((glob) => glob.trim() === '')) return { message: '--include needs a glob, such as "*.md"' };
  const stdinFilename = values['stdin-filename'] === undefined ? undefined : String(values['stdin-filename']);
  if (stdinFilename === '') return { message: '--stdin-filename needs a path' };
  if (positionals.filter((p) => p === '-').length > 1) return { message: "'-' (standard input) can be given once" };
  if (stdinFilename !== undefined && !positionals.includes('-')) return { message: "--stdin-filename names standard input; give '-' as a path too" };
  return { select, ignore, include, stdinFilename, reportUnusedDisables: values['report-unused-disables'] === true };
}

function parseRules(args: string[]): ParsedCommand {
  const parsed = parseStrictly(args, { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } });
  if ('message' in parsed) return parsed;
  if (parsed.values.help) return { kind: 'help', text: usageText };
  if (parsed.positionals.length > 0) return usageError(`rules takes no paths, got '${parsed.positionals[0]}'`);
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(`unknown --format '${String(format)}' for rules (expected text or json)`);
  return { kind: 'rules', format };
}

function parseInit(args: string[]): ParsedCommand {
  const parsed = parseStrictly(args, { help: { type: 'boolean', short: 'h' } });
  if ('message' in parsed) return parsed;
  if (parsed.values.help) return { kind: 'help', text: usageText };
  if (parsed.positionals.length > 1) return usageError('init takes one folder of source texts at most');
  return { kind: 'init', sourcesDir: parsed.positionals[0] };
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

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

interface StrictParse {
  values: Record<string, string | boolean | string[] | undefined>;
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

function parseMaxWarnings(raw: StrictParse['values'][string]): number | undefined | { kind: 'usage-error'; message: string } {
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  // -1 means "no limit", as in eslint, so CI scripts written for it carry over.
  if (text === '-1') return undefined;
  if (!/^\d+$/.test(text)) return usageError(`--max-warnings expects a whole number of 0 or more, got '${text}'`);
  return Number(text);
}

function nonEmpty(raw: StrictParse['values'][string], option: string): string | undefined | { kind: 'usage-error'; message: string } {
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
