// Hover and completion, asked through VS Code's own provider commands, as
// the editor asks for them.
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { draftPath, readWorkspaceFile, revert, showFile, workspaceUri } from './workspace.js';

/** The text of every hover VS Code collects at a position. */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The sentences of a source file, whitespace collapsed. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/^[#>*\-\d.\s]+/, '').trim())
    .filter((sentence) => sentence.length >= 40);
}

export function registerFeatureSuite(): void {
  describe('Hover and completion', () => {
    it('shows what the sources say about an actor on hover', async () => {
      const editor = await showFile(draftPath);
      const document = editor.document;
      const offset = document.getText().indexOf('Moscow and Pyongyang') + 'Moscow and '.length + 3;
      const text = await hoverText(document.uri, document.positionAt(offset)).then((t) => t.replace(/\s+/g, ' '));

      assert.match(text, /North Korea/, 'the card names the actor');
      const brief = sentencesOf(await readWorkspaceFile('sources/china-dprk-troops-brief.md'));
      const quoted = brief.filter((sentence) => text.includes(sentence.slice(0, 60)));
      assert.ok(quoted.length > 0, `the card quotes no sentence of the source brief:\n${text}`);
      assert.match(text, /¶\d+/, 'the card gives the paragraph');
    });

    it('lists the sample sources after "[@"', async () => {
      const editor = await showFile(draftPath);
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.edit((edit) => edit.insert(end, '\n\nPyongyang sent more troops in December [@'));
      const cursor = editor.document.lineAt(editor.document.lineCount - 1).range.end;

      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        editor.document.uri,
        cursor,
        '@',
      );
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      for (const key of ['china-dprk-2024', 'mfa-briefing-2024-10-24', 'tg-frontline-2024-11']) {
        assert.ok(labels.includes(key), `"${key}" is not offered after "[@"; offered: ${labels.slice(0, 20).join(', ')}`);
      }
    });

    afterEach(async () => {
      const draft = await vscode.workspace.openTextDocument(workspaceUri(draftPath));
      if (draft.isDirty) await revert(draftPath);
    });
  });
}
