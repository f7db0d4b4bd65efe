import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { createTradecraftService, type TradecraftService } from '../core/service.js';
import type { CheckLimits } from '../core/model/limits.js';
import type { CheckOptions } from '../core/service-types.js';
import type { WorkspaceHost } from '../core/workspace-host.js';
import type { CheckedFile, OutputNeeds } from './checked-file.js';
import { checkSchemas } from './unused-sources.js';
import { checkInPool } from './check-pool.js';
import { checkAssessmentTarget, cliServiceOptions, type RunSettings } from './check-target.js';
import { exitCodes, outputDrained, warn, type CliIO, type ExitCode } from './cli-io.js';
import { createDiskHost, readTextFile } from '../node/disk-host.js';
import { boundHeapGrowth, releaseHeapGrowth } from '../node/heap-growth.js';
import { OrderedOutput } from './ordered-output.js';
import { RunTally } from './run-tally.js';
import { createProgress } from './progress.js';
import { collectTargets, type CheckTarget } from '../node/walk.js';
import type { SeverityOverrides } from '../core/rules/index.js';
import { withoutSourceTexts } from './source-texts.js';
import { readStandardInput, stdinTarget, withStdin, type StdinInput } from './stdin.js';

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
  /** What the output needs of each file's text (excerpts, fingerprints, the whole result). */
  needs?: Omit<OutputNeeds, 'errorsOnly'>;
  /** Threads (--jobs); undefined: `defaultThreads` chooses. */
  jobs?: number;
}

/** Whether some file could not be read or checked: the run exits 2. */
export interface CheckSession {
  failed: boolean;
}

/** Below this many assessments a run is over before worker threads have started. */
const minFilesForPool = 200;

/**
 * How many threads check a run when --jobs is not given: one core is left to
 * V8's own helper threads (concurrent marking, background compilation), at
 * most 8 threads, and one thread for a small run. A single-threaded check
 * already keeps the second core a quarter busy: on two cores (2,000 bench
 * assessments, 3 alternating runs) one thread took 12.0 s of wall time and
 * 14.9 s of CPU, where this thread and a worker took 12.6 s and 24.2 s, and
 * 170 MB at peak against 240.
 */
export function defaultThreads(assessments: number, cores: number): number {
  return assessments < minFilesForPool ? 1 : Math.max(1, Math.min(cores - 1, 8));
}

/**
 * Walks the paths and checks every file found, handing each to `onFile` in
 * the order of the walk as soon as it and every file before it are done, and
 * telling stderr about anything that is not a finding. Returns exit code 2 at
 * once for a missing path or --schema file, before anything is checked.
 */
export async function checkPaths(request: CheckRequest, io: CliIO, onFile: (file: CheckedFile) => void): Promise<CheckSession | ExitCode> {
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
  const service = createTradecraftService(host, cliServiceOptions);
  const options: CheckOptions = {
    severity: request.severity, reportUnusedSuppressions: request.reportUnusedSuppressions, withFigures: request.withFigures, limits: request.limits,
  };
  const run: RunSettings = { schemaPath, options, cwd: io.cwd, needs: { ...request.needs, errorsOnly: request.errorsOnly } };
  const targets = withoutSourceTexts(walk.targets, service);
  const ordered = new OrderedOutput(onFile);
  const tally = new RunTally(ordered);
  const assessments = targets.flatMap((target, index) => (target.kind === 'assessment' ? [{ index, target }] : []));
  const progress = createProgress(io.stderr, targets.length);
  const jobs = request.jobs ?? defaultThreads(assessments.length, availableParallelism());
  // A long run's heaps are kept near what they hold (heap-growth.ts): memory stays flat with the file count.
  const bounded = assessments.length >= minFilesForPool || jobs > 1;
  if (bounded) boundHeapGrowth();
  if (jobs > 1 && io.workerScript !== undefined) {
    if (io.env.TRADECRAFT_DEBUG) warn(io, `debug: ${jobs} threads (this one and ${jobs - 1} worker(s)) for ${assessments.length} assessment(s)`);
    let done = 0;
    let here = 0;
    const checkHere = (target: CheckTarget) => {
      here++;
      return checkAssessmentTarget(service, host, target, run);
    };
    const unfinished = await checkInPool(jobs, io.workerScript, { ...run, stdin }, assessments, checkHere, io.stdout, (index, outcome, target) => {
      progress.update(done++, target.displayPath);
      tally.add(index, outcome);
    }, () => ordered.held);
    if (io.env.TRADECRAFT_DEBUG) warn(io, `debug: this thread checked ${here}, the workers ${assessments.length - here - unfinished.length}`);
    for (const { index, target } of unfinished) {
      progress.update(done++, target.displayPath);
      tally.add(index, checkAssessmentTarget(service, host, target, run));
    }
  } else {
    for (const { index, target } of assessments) {
      progress.update(index, target.displayPath);
      tally.add(index, checkAssessmentTarget(service, host, target, run));
      if (io.stdout.writableNeedDrain) await outputDrained(io.stdout);
    }
  }
  if (bounded) releaseHeapGrowth();
  checkSchemas(targets, tally, service, host, run, request.include ?? []);
  progress.clear();
  const failures = tally.failures();
  failures.forEach((failure) => warn(io, failure));
  noteAssessmentsWithoutSchema(tally.withoutSchema, io);
  noteSchemaProblemsOutside(tally.usedSchemas, targets, service, host, io);
  return { failed: walk.problems.length > 0 || failures.length > 0 };
}

function readStdin(io: CliIO, stdinFilename: string | undefined): StdinInput | ExitCode {
  const read = readStandardInput();
  if ('error' in read) return fail(io, `cannot read standard input: ${read.error}`);
  return stdinTarget(read.text, io.cwd, stdinFilename);
}

// Said once for the whole run, not per file: a folder of fifty assessments
// without a schema is one situation, not fifty.
function noteAssessmentsWithoutSchema(without: number, io: CliIO): void {
  if (without === 0) return;
  warn(io, `no claims-schema.yaml found for ${without} file(s); checked without sources (assertions, quotes, estimative language only)`);
}

/**
 * A schema above the checked folders is used but not itself listed, so its
 * own errors would go unseen; one line on stderr points at it.
 */
function noteSchemaProblemsOutside(used: ReadonlySet<string>, targets: CheckTarget[], service: TradecraftService, host: WorkspaceHost, io: CliIO): void {
  const listed = new Set(targets.map((target) => target.absolutePath));
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
