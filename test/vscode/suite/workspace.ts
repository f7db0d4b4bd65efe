// The test workspace (a copy of samples/ opened as the folder) and waits on
// VS Code's own events. Every wait has a timeout that fails the test with
// what it was waiting for; none is a fixed sleep.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const extensionId = 'tradecraft.tradecraft';
export const draftPath = 'assessments/china-dprk-draft.assessment.md';
export const schemaPath = 'claims-schema.yaml';

const waitMs = 30_000;

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the copy of samples/ open as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function readWorkspaceFile(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
}

/** Opens a workspace file in an editor and makes it the active one. */
export async function showFile(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Tradecraft's diagnostics for a document. */
export function tradecraftDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'tradecraft');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/** Resolves with the document's diagnostics once they satisfy `accept`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = tradecraftDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    () => `${what}; the last diagnostics were:\n${describeDiagnostics(tradecraftDiagnostics(uri)).join('\n')}`,
  );
}

/**
 * Resolves with `probe()`'s first defined value, probing now and after each
 * `event`. Rejects after the timeout with `describe()`.
 */
export function waitForEvent<E, T>(
  event: vscode.Event<E>,
  probe: () => T | undefined,
  describe: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let subscription: vscode.Disposable | undefined;
    const timer = setTimeout(() => {
      subscription?.dispose();
      reject(new Error(`Timed out after ${waitMs / 1000} s waiting for ${describe()}`));
    }, waitMs);
    const attempt = (): boolean => {
      const value = probe();
      if (value === undefined) return false;
      clearTimeout(timer);
      subscription?.dispose();
      resolve(value);
      return true;
    };
    if (!attempt()) subscription = event(() => void attempt());
  });
}

/** `code line:character-line:character severity`, in document order, as in the fixture. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string[] {
  const inDocumentOrder = [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
  return inDocumentOrder.map((diagnostic) => `${codeOf(diagnostic)} ${rangeText(diagnostic.range)} ${severityName(diagnostic.severity)}`);
}

export function rangeText(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export function severityName(severity: vscode.DiagnosticSeverity): string {
  return ['error', 'warning', 'info', 'hint'][severity];
}

/** Throws away unsaved changes in a document by reverting its editor. */
export async function revert(relative: string): Promise<void> {
  await showFile(relative);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  assert.equal(document.isDirty, false, `${relative} still has unsaved changes after revert`);
}

/** The range of the first occurrence of `text` in a document. */
export function rangeOf(document: vscode.TextDocument, text: string, from = 0): vscode.Range {
  const offset = document.getText().indexOf(text, from);
  assert.ok(offset >= 0, `"${text}" is not in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}
