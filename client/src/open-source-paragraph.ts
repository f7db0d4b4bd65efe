// The command behind every `¶n` link of a hover card: opens the source file
// at the paragraph's first line. The server writes the links as
// `command:tradecraft.openSourceParagraph?[fileUri, line]` because this client
// asks for them at initialize (`paragraphLinks: 'command'`); the hover trusts
// this one command and no other.
import * as vscode from 'vscode';

export const openSourceParagraphCommand = 'tradecraft.openSourceParagraph';

/** Opens `uri` with the cursor at the start of `line` (0-based), the line in view. */
export async function openSourceParagraph(uri: unknown, line: unknown): Promise<vscode.TextEditor | undefined> {
  if (typeof uri !== 'string' || typeof line !== 'number' || !Number.isInteger(line) || line < 0) {
    void vscode.window.showWarningMessage('Tradecraft: this paragraph link is malformed.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  const at = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
  return vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: true });
}

export function registerOpenSourceParagraph(): vscode.Disposable {
  return vscode.commands.registerCommand(openSourceParagraphCommand, openSourceParagraph);
}
