// Shows the server's list of unsourced sentences in the references peek view,
// for the List Unsourced Assertions command and for the server's code lens.
import * as vscode from 'vscode';
import type { BaseLanguageClient, Location } from 'vscode-languageclient';

/**
 * Converts the LSP locations the server returned for `uri` and peeks them at
 * `position`; says so when there are none.
 */
export async function showUnsourcedReferences(
  client: BaseLanguageClient,
  uri: vscode.Uri,
  position: vscode.Position,
  result: unknown,
): Promise<void> {
  const locations = await client.protocol2CodeConverter.asReferences(Array.isArray(result) ? (result as Location[]) : []);
  if (locations.length === 0) {
    void vscode.window.showInformationMessage('No unsourced assertions in this file.');
    return;
  }
  await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations);
}
