// One assessment of a run, checked: what the in-process run and every worker
// of the pool do for each file. Once the file's findings are in the small
// CheckedFile, its text and analysis are dropped, so memory does not grow
// with the number of files.
import type { CheckOptions, ServiceOptions, TradecraftService } from '../core/service.js';
import type { DiskHost } from '../node/disk-host.js';
import type { CheckTarget } from '../node/walk.js';
import { toCheckedFile, type CheckedFile, type OutputNeeds } from './checked-file.js';
import { workspaceRootOf } from './workspace-root.js';

/** A run checks each file once: no block of one file is kept for the next, since nothing repeats. */
export const cliServiceOptions: ServiceOptions = { reuseBlocks: false };

/** What is the same for every file of a run. */
export interface RunSettings {
  /** --schema, resolved; undefined: each file's own schema. */
  schemaPath?: string;
  options: CheckOptions;
  cwd: string;
  needs: OutputNeeds;
}

/** What checking one assessment gave: its file for the output and what the run adds up, or why it failed. */
export type TargetOutcome =
  | {
    kind: 'checked';
    file: CheckedFile;
    path: string;
    /** The schema it was checked against (undefined: none, or not usable). */
    schemaPath?: string;
    schemaProblem?: string;
    citedKeys: string[];
  }
  | { kind: 'failed'; message: string };

export function checkAssessmentTarget(service: TradecraftService, host: DiskHost, target: CheckTarget, run: RunSettings): TargetOutcome {
  const path = target.absolutePath;
  const read = host.readText(path);
  if ('error' in read) return { kind: 'failed', message: `cannot read ${target.displayPath}: ${read.error}` };
  try {
    const options = { ...run.options, workspaceRoot: workspaceRootOf(path, run.cwd) };
    const result = service.checkAssessment(path, read.text, run.schemaPath === undefined ? options : { ...options, schemaPath: run.schemaPath });
    const file = toCheckedFile(target, result, run.cwd, run.needs);
    return { kind: 'checked', file, path, schemaPath: result.schemaPath, schemaProblem: result.schemaProblem, citedKeys: result.citedKeys };
  } catch (error) {
    // The core is meant never to throw; if it does, the other files still
    // get checked and the run ends with exit code 2 instead of a stack trace.
    return { kind: 'failed', message: `internal error while checking ${target.displayPath}: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    service.forget(path);
    host.forget(path);
  }
}
