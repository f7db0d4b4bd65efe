// The commands the extension contributes. Each one is a thin request to the
// server or to VS Code; none checks anything itself.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node.js';
import { isAssessment, type TradecraftClient } from './language-client.js';
import { serverCommands, type WorkspaceCheckResult } from './protocol.js';
import { showUnsourcedReferences } from './unsourced-references.js';

/** Registers every `tradecraft.*` command of the extension. */
export function registerCommands(tradecraft: TradecraftClient, output: vscode.OutputChannel): vscode.Disposable[] {
  const register = (id: string, title: string, run: () => Promise<void>) =>
    vscode.commands.registerCommand(id, () => reportFailure(output, title, run()));
  return [
    register('tradecraft.restartServer', 'Restart Language Server', () => tradecraft.restart()),
    register('tradecraft.checkWorkspace', 'Check Workspace', () => checkWorkspace(tradecraft)),
    register('tradecraft.citeSource', 'Cite a Source', citeSource),
    register('tradecraft.showUnsourced', 'List Unsourced Assertions', () => showUnsourced(tradecraft)),
    vscode.commands.registerCommand('tradecraft.showOutput', () => output.show()),
  ];
}

/** Re-checks every assessment and schema in the workspace and reports the counts. */
async function checkWorkspace(tradecraft: TradecraftClient): Promise<void> {
  const client = await tradecraft.get();
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: serverCommands.checkWorkspace,
    arguments: [],
  })) as WorkspaceCheckResult | null;
  if (!result) throw new Error('the server returned no result.');
  void vscode.window.showInformationMessage(
    `Tradecraft checked ${count(result.files, 'file')}: ${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}, ${count(result.infos ?? 0, 'info')}.`,
  );
}

/** Offers the server's cite actions for the sentence at the cursor. */
async function citeSource(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || !isAssessment(editor.document)) {
    void vscode.window.showInformationMessage('Put the cursor in a sentence of an assessment (*.assessment.md) to cite a source.');
    return;
  }
  await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'quickfix.tradecraft.cite', apply: 'never' });
}

/** Peeks the active assessment's unsourced assertions. */
async function showUnsourced(tradecraft: TradecraftClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || !isAssessment(editor.document)) {
    void vscode.window.showInformationMessage('Open an assessment (*.assessment.md) to list its unsourced assertions.');
    return;
  }
  const client = await tradecraft.get();
  const uri = editor.document.uri;
  // A direct request, not the VS Code command the client registered for the
  // server's command: that one goes through the code-lens middleware.
  const locations: unknown = await client.sendRequest(ExecuteCommandRequest.type, {
    command: serverCommands.listUnsourced,
    arguments: [client.code2ProtocolConverter.asUri(uri)],
  });
  await showUnsourcedReferences(client, uri, editor.selection.active, locations);
}

/** Logs a failed command and tells the user, with a way to the log. */
async function reportFailure(output: vscode.OutputChannel, title: string, running: Promise<void>): Promise<void> {
  try {
    await running;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.appendLine(`${title} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
    const choice = await vscode.window.showErrorMessage(`Tradecraft: ${title} failed: ${message}`, 'Show Output');
    if (choice === 'Show Output') output.show();
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
