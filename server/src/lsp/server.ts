// Wires a connection: capabilities on initialize, the workspace check and file
// watching once initialized, then the handlers. The logic lives in the core.
import {
  CodeActionKind, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult, type WorkspaceFolder,
} from 'vscode-languageserver/node.js';
import { toolName, toolVersion } from '../tool-info.js';
import { pathOfUri } from './convert.js';
import { registerDebugStatus } from './debug-status.js';
import { registerFeatureHandlers } from './feature-handlers.js';
import { checkAndWatch, registerLifecycleHandlers } from './lifecycle-handlers.js';
import { serverCommands } from './protocol.js';
import { makeReport, reportRequest } from './report-request.js';
import { Session } from './session.js';
import { FileWatchers } from './watchers.js';

/** Starts a Tradecraft language server on a connection (stdio, IPC or socket). */
export function startServer(connection: Connection): Session {
  const session = new Session(connection);
  const watchers = new FileWatchers(session);
  let folders: string[] = [];

  connection.onInitialize((params) => {
    session.capabilities = params.capabilities;
    session.initializationOptions = params.initializationOptions;
    folders = foldersOf(params);
    return capabilities();
  });

  connection.onInitialized(() => {
    if (session.capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        folders = ((await connection.workspace.getWorkspaceFolders()) ?? []).flatMap(folderPath);
        await checkAndWatch(session, watchers, folders);
      });
    }
    void checkAndWatch(session, watchers, folders).catch((error) => connection.console.error(`Workspace check failed: ${String(error)}`));
  });

  registerFeatureHandlers(session);
  registerDebugStatus(session);
  registerLifecycleHandlers(session, watchers, () => folders);
  connection.onRequest(reportRequest, (params) => session.answering('report', () => makeReport(session, params ?? {})));
  connection.onShutdown(() => session.checker.dispose());
  session.documents.listen(connection);
  connection.listen();
  return session;
}

function capabilities(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['@', '¶', ','] },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'quickfix.tradecraft.cite', CodeActionKind.Refactor] },
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: Object.values(serverCommands) },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: `${toolName}-lsp`, version: toolVersion },
  };
}

function foldersOf(params: InitializeParams): string[] {
  if (params.workspaceFolders) return params.workspaceFolders.flatMap(folderPath);
  const root = params.rootUri ? pathOfUri(params.rootUri) : params.rootPath ?? undefined;
  return root ? [root] : [];
}

function folderPath(folder: WorkspaceFolder): string[] {
  const folderFsPath = pathOfUri(folder.uri);
  return folderFsPath ? [folderFsPath] : [];
}
