// The tradecraft.severity setting, changed the way the Settings editor does.
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, draftPath, showFile, waitForDiagnostics, workspaceUri } from './workspace.js';

async function setSeverity(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('tradecraft').update('severity', value, vscode.ConfigurationTarget.Workspace);
}

export function registerSettingsSuite(): void {
  describe('Settings', () => {
    afterEach(() => setSeverity(undefined));

    it('raises a code to an error and hides another with tradecraft.severity', async () => {
      await showFile(draftPath);
      const draft = workspaceUri(draftPath);
      const before = vscode.languages.getDiagnostics(draft);
      assert.ok(before.some((d) => codeOf(d) === 'weak-source'), 'the draft has a weak-source finding to hide');

      await setSeverity({ 'unsourced-assertion': 'error', 'weak-source': 'off' });
      const after = await waitForDiagnostics(
        draft,
        (ds) => !ds.some((d) => codeOf(d) === 'weak-source') && ds.some((d) => codeOf(d) === 'unsourced-assertion'),
        'weak-source to go',
      );
      const unsourced = after.filter((d) => codeOf(d) === 'unsourced-assertion');
      assert.equal(unsourced.length, 3);
      assert.ok(unsourced.every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'unsourced assertions are errors');

      await setSeverity(undefined);
      await waitForDiagnostics(draft, (ds) => ds.some((d) => codeOf(d) === 'weak-source'), 'weak-source to come back');
    });
  });
}
