// Activation, the draft's diagnostics and the status bar.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { TradecraftApi } from '../../../client/src/extension.js';
import expectedDraft from '../fixtures/draft-diagnostics.json' with { type: 'json' };
import {
  describeDiagnostics,
  draftPath,
  extensionId,
  showFile,
  tradecraftDiagnostics,
  waitForDiagnostics,
  waitForEvent,
  workspaceUri,
} from './workspace.js';

/** The draft's diagnostics as the fixture lists them, in document order. */
export const expectedDraftDiagnostics = expectedDraft.map(({ code, range, severity }) => `${code} ${range} ${severity}`);

/** The extension's exports, once it is active. */
export function tradecraftApi(): TradecraftApi {
  const extension = vscode.extensions.getExtension<TradecraftApi>(extensionId);
  assert.ok(extension?.isActive, `${extensionId} is not active`);
  return extension.exports;
}

/** Resolves with the status bar text once it matches. */
export function waitForStatusBar(accept: (text: string) => boolean, what: string): Promise<string> {
  const api = tradecraftApi();
  return waitForEvent(
    api.onDidChangeStatusBar,
    () => {
      const text = api.statusBar()?.text;
      return text !== undefined && accept(text) ? text : undefined;
    },
    () => `the status bar to show ${what}; it shows ${JSON.stringify(api.statusBar()?.text ?? '(hidden)')}`,
  );
}

export function registerActivationSuite(): void {
  describe('Activation and diagnostics', () => {
    it('is installed and activates by itself when the workspace has assessments', async () => {
      const extension = vscode.extensions.getExtension<TradecraftApi>(extensionId);
      assert.ok(extension, `${extensionId} is not installed in this VS Code`);
      // Opening the draft is what a user does; nothing here calls activate().
      await showFile(draftPath);
      await waitForDiagnostics(workspaceUri(draftPath), (diagnostics) => diagnostics.length > 0, "the draft's first diagnostics");
      assert.equal(extension.isActive, true);
    });

    it("publishes the draft's diagnostics with their codes, ranges and severities", () => {
      assert.deepEqual(describeDiagnostics(tradecraftDiagnostics(workspaceUri(draftPath))), expectedDraftDiagnostics);
    });

    it('links each code to its rule documentation', () => {
      const diagnostics = tradecraftDiagnostics(workspaceUri(draftPath));
      for (const { code } of diagnostics) {
        assert.ok(typeof code === 'object' && code.target.toString().includes(String(code.value)), `no rule link on ${JSON.stringify(code)}`);
      }
    });

    it("shows the draft's coverage in the status bar", async () => {
      await showFile(draftPath);
      // 12 sentences state a checkable fact; 5 cite no source the schema knows
      // (one of them has its finding suppressed, one cites a mistyped key).
      const text = await waitForStatusBar((shown) => shown.includes('sourced'), 'the coverage');
      assert.match(text, /7\/12 sourced \(58%\)/);
      assert.match(tradecraftApi().statusBar()?.tooltip ?? '', /claims-schema\.yaml/);
    });
  });
}
