// The sourcing report view: Show Sourcing Report opens the draft's report in
// a webview under a strict content security policy; a click on a finding
// (pressed by the view's own script, since VS Code cannot click inside a
// webview) reveals its line; an edit updates the view.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { tradecraftApi } from './activation.js';
import { codeOf, draftPath, revert, showFile, tradecraftDiagnostics, waitForEvent, workspaceUri } from './workspace.js';

const lineButton = /<button type="button" class="line reveal" data-target="([^"]*)" data-line="(\d+)" data-character="(\d+)"/g;

/** Resolves with the next report the view shows that passes `accept`. */
function nextReport(accept: (html: string) => boolean, what: string): Promise<{ html: string; files: number }> {
  const report = tradecraftApi().report;
  let seen = report.shown()?.html;
  return waitForEvent(
    report.onDidRender,
    () => {
      const shown = report.shown();
      if (shown === undefined || shown.html === seen || !accept(shown.html)) return undefined;
      seen = shown.html;
      return shown;
    },
    () => `the report view to show ${what}`,
  );
}

export function registerReportSuite(): void {
  describe('Sourcing report view', () => {
    let html = '';

    it('Show Sourcing Report opens the current assessment\'s report under a strict content security policy', async () => {
      await showFile(draftPath);
      const shown = nextReport(() => true, 'a first report');
      await vscode.commands.executeCommand('tradecraft.showReport');
      const report = await shown;
      html = report.html;
      assert.equal(report.files, 1);
      const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';
      const nonce = policy.match(/script-src 'nonce-([^']+)'/)?.[1];
      assert.ok(nonce, `a script nonce in the policy: ${policy}`);
      assert.match(policy, /^default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+'/);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:/);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.deepEqual(scripts, [`<script nonce="${nonce}">`]);
      assert.match(html, /<title>At a glance<\/title>/);
      // Every finding of the draft is a button at its diagnostic's start.
      const draft = workspaceUri(draftPath).toString();
      const findings = html.split('<ol class="findings">')[1].split('</ol>')[0];
      const buttons = [...findings.matchAll(lineButton)].map((m) => `${m[2]}:${m[3]}`);
      const diagnostics = tradecraftDiagnostics(workspaceUri(draftPath)).map((d) => `${d.range.start.line}:${d.range.start.character}`);
      assert.deepEqual(buttons.sort(), diagnostics.sort());
      assert.ok([...findings.matchAll(lineButton)].every((m) => vscode.Uri.parse(m[1].replace(/&amp;/g, '&')).toString() === draft));
    });

    it('a click on a finding reveals its line in the editor', async () => {
      const editor = await showFile(draftPath);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const unknown = tradecraftDiagnostics(workspaceUri(draftPath)).find((d) => codeOf(d) === 'unknown-source');
      assert.ok(unknown, 'the draft has an unknown-source finding');
      const { line, character } = unknown.range.start;
      const index = [...html.matchAll(lineButton)].findIndex((m) => Number(m[2]) === line && Number(m[3]) === character);
      assert.ok(index >= 0, `a button for ${line}:${character}`);
      const revealed = waitForEvent(
        vscode.window.onDidChangeTextEditorSelection,
        () => {
          const active = vscode.window.activeTextEditor;
          const at = active?.selection.active;
          return active?.document.uri.toString() === workspaceUri(draftPath).toString() && at?.line === line && at.character === character ? at : undefined;
        },
        () => `the cursor at ${line + 1}:${character + 1} of the draft; it is at ${describeCursor()}`,
      );
      await tradecraftApi().report.press(index);
      await revealed;
    });

    it('updates when the assessment changes', async () => {
      const editor = await showFile(draftPath);
      const sentence = 'The navy moved four frigates to the strait on 2 March.';
      const updated = nextReport((page) => page.includes(sentence), 'the new sentence');
      await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), `\n${sentence}\n`));
      await updated;
      await revert(draftPath);
    });
  });
}

function describeCursor(): string {
  const active = vscode.window.activeTextEditor;
  if (!active) return 'no editor';
  return `${vscode.workspace.asRelativePath(active.document.uri)} ${active.selection.active.line + 1}:${active.selection.active.character + 1}`;
}
