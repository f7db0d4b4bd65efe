// The extension's own commands.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { expectedDraftDiagnostics, waitForStatusBar } from './activation.js';
import { describeDiagnostics, draftPath, showFile, waitForEvent, workspaceUri } from './workspace.js';

export function registerCommandSuite(): void {
  describe('Commands', () => {
    it('contributes its commands to the command palette', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['tradecraft.restartServer', 'tradecraft.checkWorkspace', 'tradecraft.citeSource', 'tradecraft.showUnsourced', 'tradecraft.showOutput']) {
        assert.ok(commands.includes(id), `${id} is not registered`);
      }
    });

    it('Restart Language Server starts a new server that checks the open draft again', async () => {
      await showFile(draftPath);
      const draft = workspaceUri(draftPath);
      // Stopping the old server clears its diagnostics; the new one publishes them again.
      const cleared = waitForEvent(
        vscode.languages.onDidChangeDiagnostics,
        () => (vscode.languages.getDiagnostics(draft).length === 0 ? true : undefined),
        () => 'the old server to clear the draft diagnostics',
      );
      await vscode.commands.executeCommand('tradecraft.restartServer');
      await cleared;
      const republished = await waitForEvent(
        vscode.languages.onDidChangeDiagnostics,
        () => {
          const diagnostics = vscode.languages.getDiagnostics(draft);
          return diagnostics.length > 0 ? diagnostics : undefined;
        },
        () => 'the new server to publish the draft diagnostics',
      );
      assert.deepEqual(describeDiagnostics(republished), expectedDraftDiagnostics);
      await waitForStatusBar((text) => text.includes('7/12 sourced'), 'the coverage from the new server');
    });
  });
}
