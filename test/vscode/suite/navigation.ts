// Go to definition and rename, asked through VS Code's provider commands.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { draftPath, rangeOf, schemaPath, workspaceUri } from './workspace.js';

/** Where a definition result points, whichever of the two shapes VS Code returns. */
function targetOf(result: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in result ? { uri: result.targetUri, range: result.targetSelectionRange ?? result.targetRange } : result;
}

/** The one definition VS Code finds at a position. */
async function definitionAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ uri: vscode.Uri; range: vscode.Range }> {
  const results = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
    'vscode.executeDefinitionProvider',
    document.uri,
    position,
  );
  assert.equal(results.length, 1, `one definition at ${position.line}:${position.character}, got ${results.length}`);
  return targetOf(results[0]);
}

export function registerNavigationSuite(): void {
  describe('Navigation and rename', () => {
    it("goes from a citation key to the source's entry in the claims schema", async () => {
      const draft = await vscode.workspace.openTextDocument(workspaceUri(draftPath));
      const target = await definitionAt(draft, rangeOf(draft, 'tg-frontline-2024-11').start.translate(0, 3));
      assert.equal(vscode.workspace.asRelativePath(target.uri), schemaPath);
      const schema = await vscode.workspace.openTextDocument(target.uri);
      assert.match(schema.lineAt(target.range.start.line).text, /^\s+tg-frontline-2024-11:/);
    });

    it('goes from a citation with a ¶ locator to that paragraph of the source file', async () => {
      const draft = await vscode.workspace.openTextDocument(workspaceUri(draftPath));
      const target = await definitionAt(draft, rangeOf(draft, '@mfa-briefing-2024-10-24, ¶3').start.translate(0, 4));
      assert.equal(vscode.workspace.asRelativePath(target.uri), 'sources/mfa-briefing-2024-10-24.md');
      const source = await vscode.workspace.openTextDocument(target.uri);
      // ¶1 is the title, ¶2 the note on the sample, ¶3 the spokesperson's answer.
      assert.match(source.lineAt(target.range.start.line).text, /^Asked about reports that North Korean soldiers were in Russia/);
    });

    it('renames a source key in every assessment and in the schema', async () => {
      const draft = await vscode.workspace.openTextDocument(workspaceUri(draftPath));
      const key = rangeOf(draft, '@china-dprk-2024').start.translate(0, 2);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
        'vscode.executeDocumentRenameProvider',
        draft.uri,
        key,
        'china-dprk-brief',
      );
      const byFile = new Map(edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri), edits]));
      assert.deepEqual([...byFile.keys()].sort(), [
        'assessments/china-dprk-clean.assessment.md',
        'assessments/china-dprk-draft.assessment.md',
        'claims-schema.yaml',
      ]);
      const draftEdits = byFile.get('assessments/china-dprk-draft.assessment.md') ?? [];
      // Every citation of the key in the draft, and only the key: the mistyped china-dprk-204 stays.
      const citations = draft.getText().match(/@china-dprk-2024\b/g) ?? [];
      assert.equal(draftEdits.length, citations.length);
      for (const change of draftEdits) {
        assert.equal(draft.getText(change.range), 'china-dprk-2024');
        assert.equal(change.newText, 'china-dprk-brief');
      }
    });
  });
}
