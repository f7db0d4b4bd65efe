// What keeps diagnostics current: edits in open documents, files changed on
// disk, settings and workspace folders changing, and the server's commands.
import { FileChangeType, type FileEvent } from 'vscode-languageserver/node.js';
import { isSchemaPath } from '../core/service.js';
import { pathOfUri, toLocation } from './convert.js';
import { serverCommands } from './protocol.js';
import { isCheckable, type Session } from './session.js';
import type { FileWatchers } from './watchers.js';
import { checkWorkspace, noteWorkspaceChange } from './workspace-check.js';

export function registerLifecycleHandlers(session: Session, watchers: FileWatchers, folders: () => string[]): void {
  const { connection, documents, checker, files } = session;
  const recheckAll = () => new Set([...checker.checkedFiles(), ...openPaths(session)]).forEach((file) => checker.schedule(file, 'now'));

  documents.onDidChangeContent(({ document }) => {
    const filePath = pathOfUri(document.uri);
    if (filePath) noteWorkspaceChange(session, { buffer: filePath });
    if (filePath && isCheckable(filePath)) checker.schedule(filePath);
    if (filePath) checker.dependentsOf(filePath).forEach((dependent) => checker.schedule(dependent));
  });

  documents.onDidClose(({ document }) => {
    const filePath = pathOfUri(document.uri);
    session.settings.forget(document.uri);
    if (!filePath) return;
    noteWorkspaceChange(session, { buffer: filePath });
    // A workspace file keeps its diagnostics, now of the text on disk; any other file's are withdrawn.
    if (files.has(filePath)) checker.schedule(filePath, 'now');
    else checker.clear(filePath, document.uri);
    checker.dependentsOf(filePath).forEach((dependent) => checker.schedule(dependent, 'now'));
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    changes.forEach((change) => onFileEvent(session, change));
    if (changes.some((change) => change.type !== FileChangeType.Changed && isSchemaPath(pathOfUri(change.uri) ?? ''))) recheckAll();
  });

  connection.onDidChangeConfiguration(({ settings }) => {
    const pushed = (settings as { tradecraft?: unknown } | null | undefined)?.tradecraft;
    if (pushed !== undefined) session.pushedSettings = pushed;
    session.settings.clear();
    noteWorkspaceChange(session, { settings: true });
    recheckAll();
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command === serverCommands.checkWorkspace) return checkAndWatch(session, watchers, folders());
    if (command === serverCommands.listUnsourced) return listUnsourced(session, String(args?.[0] ?? ''));
    return undefined;
  });
}

/** Checks every file of the workspace, then watches the source files their schemas name. */
export async function checkAndWatch(session: Session, watchers: FileWatchers, folders: string[]) {
  const summary = await checkWorkspace(session, folders);
  const sources = session.checker.dependencyLists().flat().filter((file) => !isSchemaPath(file));
  await watchers.watch([...new Set(sources)]);
  return summary;
}

function onFileEvent(session: Session, change: FileEvent): void {
  const filePath = pathOfUri(change.uri);
  if (!filePath) return;
  const { checker, files, host } = session;
  host.forgetStat(filePath);
  noteWorkspaceChange(session, { onDisk: filePath });
  if (change.type === FileChangeType.Deleted) {
    files.remove(filePath);
    if (!host.openDocument(filePath)) checker.clear(filePath);
  } else {
    files.add(filePath);
    if (files.has(filePath) && !host.openDocument(filePath)) checker.schedule(filePath, 'now');
  }
  checker.dependentsOf(filePath).forEach((dependent) => checker.schedule(dependent, 'now'));
}

function listUnsourced(session: Session, uri: string) {
  return session.answering('listUnsourced', async () => {
    const doc = await session.open(uri);
    return doc ? session.service.unsourced(doc.input).map(toLocation) : [];
  });
}

function openPaths(session: Session): string[] {
  return session.documents.all().flatMap((doc) => pathOfUri(doc.uri) ?? []).filter(isCheckable);
}
