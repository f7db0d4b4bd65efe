// The Tradecraft extension: a thin language client for tradecraft-lsp, with
// commands and a status bar item. All checking happens in the server.
//
// The extension activates for any Markdown file, but the server starts only
// when it has something to do: an assessment or a claims schema is open, or
// the workspace contains one.
import * as vscode from 'vscode';
import { registerCommands } from './commands.js';
import { isTradecraftDocument, TradecraftClient } from './language-client.js';
import { registerOpenSourceParagraph } from './open-source-paragraph.js';
import { registerReportCommands, ReportView } from './report-view.js';
import { AssessmentStatusBar } from './status-bar.js';

/** What the workspace must contain for the server to start without an open file. */
const workspaceFiles = '**/{*.assessment.md,claims-schema.yaml}';
const excludedFolders = '**/node_modules/**';

let tradecraft: TradecraftClient | undefined;

/**
 * What the extension exports to other extensions: read-only views that the
 * extension's own tests use, since VS Code offers no way to read a status bar.
 */
export interface TradecraftApi {
  /** The status bar item's text and tooltip, or undefined when it is hidden. */
  statusBar(): { text: string; tooltip: string } | undefined;
  /** Fires when the status bar item changes. */
  onDidChangeStatusBar: vscode.Event<void>;
  /** The sourcing report view: what it shows, when it changes, and a way to press its n-th line button. */
  report: { shown(): { html: string; files: number } | undefined; onDidRender: vscode.Event<void>; press(index: number): Promise<void> };
  /** The language server: its process id (asked of the server itself), and what the analyst was told when it stopped. */
  server: { processId(): Promise<number>; crashNotices(): readonly string[]; onDidTellCrash: vscode.Event<void> };
}

export function activate(context: vscode.ExtensionContext): TradecraftApi {
  const output = vscode.window.createOutputChannel('Tradecraft');
  const statusBar = new AssessmentStatusBar();
  const client = new TradecraftClient(context.asAbsolutePath('dist/tradecraft-lsp.cjs'), output, statusBar);
  tradecraft = client;
  context.subscriptions.push(output, statusBar, ...registerCommands(client, output));
  context.subscriptions.push(registerOpenSourceParagraph());
  context.subscriptions.push(...startWhenNeeded(client, output));
  const reportView = new ReportView(client, output);
  context.subscriptions.push(reportView, ...registerReportCommands(reportView, output));
  return {
    statusBar: () => statusBar.shown,
    onDidChangeStatusBar: statusBar.onDidChange,
    report: { shown: () => reportView.shown, onDidRender: reportView.onDidRender, press: (index) => reportView.press(index) },
    server: {
      processId: async () => (await (await client.get()).sendRequest<{ pid: number }>('tradecraft/debugStatus', {})).pid,
      crashNotices: () => [...client.crashNotices],
      onDidTellCrash: client.onDidTellCrash,
    },
  };
}

export function deactivate(): Promise<void> | undefined {
  return tradecraft?.stop();
}

/**
 * Starts the client as soon as there is something to check, and watches for
 * that moment otherwise. Returns the watchers.
 */
function startWhenNeeded(client: TradecraftClient, output: vscode.OutputChannel): vscode.Disposable[] {
  const start = (reason: string): void => {
    if (client.requested) return;
    output.appendLine(`Starting the language server: ${reason}.`);
    // A failed start is already reported by the language client; the log
    // keeps the cause, and Restart Language Server tries again.
    client.get().catch((error: unknown) => output.appendLine(`The language server did not start: ${String(error)}`));
  };
  const startIfWorkspaceHasFiles = async (): Promise<void> => {
    const found = await vscode.workspace.findFiles(workspaceFiles, excludedFolders, 1);
    if (found.length > 0) start(`the workspace contains ${vscode.workspace.asRelativePath(found[0])}`);
  };

  const opened = vscode.workspace.textDocuments.find(isTradecraftDocument);
  if (opened !== undefined) start(`${vscode.workspace.asRelativePath(opened.uri)} is open`);
  else void startIfWorkspaceHasFiles();

  return [
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isTradecraftDocument(document)) start(`${vscode.workspace.asRelativePath(document.uri)} was opened`);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      if (!client.requested) void startIfWorkspaceHasFiles();
    }),
  ];
}
