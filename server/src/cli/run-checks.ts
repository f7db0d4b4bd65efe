import { relative, resolve } from 'node:path';
import { createTradecraftService, type TradecraftService } from '../core/service.js';
import type { CheckLimits } from '../core/model/limits.js';
import type { CheckOptions, FileResult } from '../core/service-types.js';
import type { WorkspaceHost } from '../core/workspace-host.js';
import { toCheckedFile, type CheckedFile } from './checked-file.js';
import { exitCodes, warn, type CliIO, type ExitCode } from './cli-io.js';
import { createDiskHost, readTextFile } from '../node/disk-host.js';
import { createProgress } from './progress.js';
import { collectTargets, type CheckTarget } from '../node/walk.js';
import type { SeverityOverrides } from '../core/rules/index.js';
import { withoutSourceTexts } from './source-texts.js';
import { readStandardInput, stdinTarget, withStdin, type StdinInput } from './stdin.js';
import { withUnusedSources } from './unused-sources.js';
import { workspaceRootOf } from './workspace-root.js';

/** What `check` and `report` share: which paths, which schema, errors only or not. */
export interface CheckRequest {
  paths: readonly string[];
  schema?: string;
  errorsOnly: boolean;
  /** Globs of further files to check in folders. */
  include?: readonly string[];
  /** The name standard input (`-` among the paths) is checked under. */
  stdinFilename?: string;
  /** Severities over the schema's (--select, --ignore). */
  severity?: SeverityOverrides;
  reportUnusedSuppressions?: boolean;
  /** Also compute each assessment's report figures (`tradecraft report`). */
  withFigures?: boolean;
  limits?: CheckLimits;
}

/** Every file that could be checked, and whether some could not. */
export interface CheckSession {
  files: CheckedFile[];
  /** A folder or file could not be read, or checking one failed: the run exits 2. */
  failed: boolean;
}

/**
 * Walks the paths and checks every file found, telling stderr about anything
 * that is not a finding. Returns exit code 2 at once for a missing path or
 * --schema file, before anything is checked.
 */
export function checkPaths(request: CheckRequest, io: CliIO): CheckSession | ExitCode {
  const schemaPath = request.schema === undefined ? undefined : resolve(io.cwd, request.schema);
  if (schemaPath !== undefined) {
    const schemaRead = readTextFile(schemaPath);
    if ('error' in schemaRead) return fail(io, `cannot read --schema ${request.schema}: ${schemaRead.error}`);
  }
  const stdin = request.paths.includes('-') ? readStdin(io, request.stdinFilename) : undefined;
  if (typeof stdin === 'number') return stdin;
  const paths = request.paths.filter((p) => p !== '-');
  const walk = stdin && paths.length === 0 ? { targets: [], problems: [], emptyFolders: [] } : collectTargets(paths, io.cwd, request.include);
  if ('missing' in walk) return fail(io, `cannot read ${walk.missing}: ${walk.reason}`);
  if (stdin) walk.targets.unshift(stdin.target);
  walk.problems.forEach((problem) => warn(io, problem));
  walk.emptyFolders.forEach((folder) => warn(io, `no *.assessment.md or claims-schema.yaml found in ${folder}`));

  const host = withStdin(createDiskHost(), stdin);
  const service = createTradecraftService(host);
  const options = {
    severity: request.severity, reportUnusedSuppressions: request.reportUnusedSuppressions, withFigures: request.withFigures, limits: request.limits,
  };
  const checked = checkTargets(withoutSourceTexts(walk.targets, service), service, host, schemaPath, io, options);
  const results = withUnusedSources(checked.results, service, options, request.include ?? []);
  const failures = checked.failures;
  failures.push(...results.flatMap(({ target, result }) => (result.schemaProblem ? [`${target.displayPath}: ${result.schemaProblem}; checked without sources`] : [])));
  failures.forEach((failure) => warn(io, failure));
  noteAssessmentsWithoutSchema(results.filter(({ result }) => !result.schemaProblem), io);
  noteSchemaProblemsOutside(results, walk.targets, service, host, io);
  return {
    files: results.map(({ target, result }) => toCheckedFile(target, result, io.cwd, request.errorsOnly)),
    failed: walk.problems.length > 0 || failures.length > 0,
  };
}

interface TargetResult {
  target: CheckTarget;
  result: FileResult;
}

function checkTargets(targets: CheckTarget[], service: TradecraftService, host: WorkspaceHost, schemaPath: string | undefined, io: CliIO, options: CheckOptions) {
  const results: TargetResult[] = [];
  const failures: string[] = [];
  const progress = createProgress(io.stderr, targets.length);
  targets.forEach((target, index) => {
    progress.update(index, target.displayPath);
    const read = host.readText(target.absolutePath);
    if ('error' in read) {
      failures.push(`cannot read ${target.displayPath}: ${read.error}`);
      return;
    }
    try {
      results.push({ target, result: checkOne(service, target, read.text, schemaPath, { ...options, workspaceRoot: workspaceRootOf(target.absolutePath, io.cwd) }) });
    } catch (error) {
      // The core is meant never to throw; if it does, the other files still
      // get checked and the run ends with exit code 2 instead of a stack trace.
      failures.push(`internal error while checking ${target.displayPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  progress.clear();
  return { results, failures };
}

function checkOne(service: TradecraftService, target: CheckTarget, text: string, schemaPath: string | undefined, options: CheckOptions): FileResult {
  if (target.kind === 'schema') return service.checkSchema(target.absolutePath, text, options);
  return service.checkAssessment(target.absolutePath, text, schemaPath === undefined ? options : { ...options, schemaPath });
}

function readStdin(io: CliIO, stdinFilename: string | undefined): StdinInput | ExitCode {
  const read = readStandardInput();
  if ('error' in read) return fail(io, `cannot read standard input: ${read.error}`);
  return stdinTarget(read.text, io.cwd, stdinFilename);
}

// Said once for the whole run, not per file: a folder of fifty assessments
// without a schema is one situation, not fifty.
function noteAssessmentsWithoutSchema(results: TargetResult[], io: CliIO): void {
  const without = results.filter(({ result }) => result.kind === 'assessment' && result.schemaPath === undefined).length;
  if (without === 0) return;
  warn(io, `no claims-schema.yaml found for ${without} file(s); checked without sources (assertions, quotes, estimative language only)`);
}

/**
 * A schema above the checked folders is used but not itself listed, so its
 * own errors would go unseen; one line on stderr points at it.
 */
function noteSchemaProblemsOutside(results: TargetResult[], targets: CheckTarget[], service: TradecraftService, host: WorkspaceHost, io: CliIO): void {
  const listed = new Set(targets.map((target) => target.absolutePath));
  const used = new Set(results.map(({ result }) => result.schemaPath).filter((path): path is string => path !== undefined));
  for (const schemaPath of [...used].sort()) {
    if (listed.has(schemaPath)) continue;
    const read = host.readText(schemaPath);
    const shown = relative(io.cwd, schemaPath) || schemaPath;
    if ('error' in read) {
      warn(io, `cannot read ${shown}: ${read.error}`);
      continue;
    }
    const errors = service.checkSchema(schemaPath, read.text).findings.filter((finding) => finding.severity === 'error').length;
    if (errors > 0) warn(io, `${shown} has ${errors} error(s) of its own; run 'tradecraft check ${shown}' to see them`);
  }
}

function fail(io: CliIO, message: string): ExitCode {
  warn(io, message);
  return exitCodes.failure;
}
