// "Check the workspace": walk the folders again, index every assessment (one
// parse each), then check every assessment and schema, with one $/progress for
// both, yielding so typing and hovers stay responsive.
import path from 'node:path';
import { maxFileBytes } from '../node/disk-host.js';
import type { Session } from './session.js';

/** Counts of one workspace check, returned to the client's command. */
export interface WorkspaceCheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  cancelled: boolean;
}

export async function checkWorkspace(session: Session, folders: string[]): Promise<WorkspaceCheckSummary> {
  const { connection, files, checker } = session;
  for (const problem of files.scan(folders)) connection.console.warn(problem);
  // Assessments first: a schema's unused-source needs the cited keys of all of them, from the index.
  const { assessments, schemas } = files.list();
  const targets = [...assessments, ...schemas];
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Tradecraft: checking workspace', 0, `${targets.length} files`, true);
  const summary: WorkspaceCheckSummary = { files: 0, errors: 0, warnings: 0, infos: 0, cancelled: false };
  if (!(await indexWorkspace(session, assessments, progress))) return finish(progress, { ...summary, cancelled: true });
  for (const [index, target] of targets.entries()) {
    if (progress.token.isCancellationRequested) return finish(progress, { ...summary, cancelled: true });
    await new Promise((resolve) => setImmediate(resolve));
    const result = await checker.check(target);
    summary.files += 1;
    summary.errors += result?.findings.filter((f) => f.severity === 'error').length ?? 0;
    summary.warnings += result?.findings.filter((f) => f.severity === 'warning').length ?? 0;
    summary.infos += result?.findings.filter((f) => f.severity === 'info').length ?? 0;
    progress.report(indexShare + Math.round(((index + 1) / targets.length) * (100 - indexShare)), `checking ${index + 1}/${targets.length} ${path.basename(target)}`);
  }
  return finish(progress, summary);
}

/** How long indexing runs before it lets a keystroke or a hover through. */
const sliceMs = 8;

/** The part of the progress bar that indexing takes. */
const indexShare = 10;

type Progress = Awaited<ReturnType<Session['connection']['window']['createWorkDoneProgress']>>;

/**
 * Indexes every assessment from one parse each (actors mentioned, sources
 * cited), so hover cards, references and rename know the whole workspace within
 * seconds; the full check follows. Settings are asked for many files at once.
 * False when cancelled.
 */
async function indexWorkspace(session: Session, assessments: readonly string[], progress: Progress): Promise<boolean> {
  let sliceStarted = performance.now();
  for (let from = 0; from < assessments.length; from += 64) {
    const inputs = await Promise.all(assessments.slice(from, from + 64).map((file) => session.checkInput(file)));
    for (const resolved of inputs) {
      if (progress.token.isCancellationRequested) return false;
      if (resolved?.enabled && resolved.input.text.length <= maxFileBytes) session.service.index(resolved.input);
      if (performance.now() - sliceStarted > sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
    const done = Math.min(from + 64, assessments.length);
    progress.report(Math.round((done / assessments.length) * indexShare), `indexing ${done}/${assessments.length}`);
  }
  return true;
}

function finish<T>(progress: { done(): void }, summary: T): T {
  progress.done();
  return summary;
}
