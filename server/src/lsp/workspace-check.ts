// "Check the workspace": walk the folders again and check every assessment and
// schema, with $/progress, yielding between files so typing stays responsive.
import path from 'node:path';
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
  for (const [index, target] of targets.entries()) {
    if (progress.token.isCancellationRequested) return finish(progress, { ...summary, cancelled: true });
    await new Promise((resolve) => setImmediate(resolve));
    const result = await checker.check(target);
    summary.files += 1;
    summary.errors += result?.findings.filter((f) => f.severity === 'error').length ?? 0;
    summary.warnings += result?.findings.filter((f) => f.severity === 'warning').length ?? 0;
    summary.infos += result?.findings.filter((f) => f.severity === 'info').length ?? 0;
    progress.report(Math.round(((index + 1) / targets.length) * 100), `${index + 1}/${targets.length} ${path.basename(target)}`);
  }
  return finish(progress, summary);
}

function finish(progress: { done(): void }, summary: WorkspaceCheckSummary): WorkspaceCheckSummary {
  progress.done();
  return summary;
}
