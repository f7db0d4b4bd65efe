// A ¶n link of an actor card, followed the way a click follows it: the card's
// Markdown trusts the link's command, and running the command with the link's
// own arguments opens the source at the line where that paragraph starts.
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { draftPath, readWorkspaceFile, showFile, workspaceUri } from './workspace.js';

const briefPath = 'sources/china-dprk-troops-brief.md';
const linkCommand = 'tradecraft.openSourceParagraph';

/** The first quoted sentence of a card with its ¶n link: the command's arguments, as VS Code would decode them. */
function firstLinkedQuote(markdown: string): { sentence: string; paragraph: number; args: unknown[] } | undefined {
  const lines = markdown.split('\n');
  for (let i = 2; i < lines.length; i++) {
    const link = /^> — .*\[¶(\d+)\]\(command:tradecraft\.openSourceParagraph\?([^)]+)\)$/.exec(lines[i]);
    if (link) return { sentence: lines[i - 2].slice(2).replace(/\\(.)/g, '$1'), paragraph: Number(link[1]), args: JSON.parse(decodeURIComponent(link[2])) };
  }
  return undefined;
}

export function registerParagraphLinkSuite(): void {
  describe('Paragraph links in cards', () => {
    it('following a ¶n link of the Pyongyang card opens the source brief at that paragraph', async () => {
      const editor = await showFile(draftPath);
      const offset = editor.document.getText().indexOf('Moscow and Pyongyang') + 'Moscow and '.length + 3;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
      const card = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('What the sources say'));
      assert.ok(card, 'the actor card came back');
      // A command link in a hover runs only if the hover trusts it: a click would be refused otherwise.
      const trusted = card.isTrusted;
      assert.ok(trusted === true || (typeof trusted === 'object' && trusted.enabledCommands.includes(linkCommand)), `the card trusts ${linkCommand}: ${JSON.stringify(trusted)}`);
      const quote = firstLinkedQuote(card.value);
      assert.ok(quote, `the card has a quoted sentence with a command link:\n${card.value}`);

      await vscode.commands.executeCommand(linkCommand, ...quote.args);

      const opened = vscode.window.activeTextEditor;
      assert.ok(opened, 'an editor is active');
      assert.equal(opened.document.uri.toString(), workspaceUri(briefPath).toString());
      const line = opened.selection.active.line;
      const text = await readWorkspaceFile(briefPath);
      const paragraphs = text.split(/\n\s*\n/);
      const startLines = paragraphs.map((_, i) => paragraphs.slice(0, i).reduce((n, p) => n + p.split('\n').length + 1, 0));
      const index = startLines.indexOf(line);
      assert.equal(index + 1, quote.paragraph, `the cursor is on line ${line + 1}, the start of ¶${index + 1}, not ¶${quote.paragraph}`);
      assert.ok(paragraphs[index].replace(/\s+/g, ' ').includes(quote.sentence), `¶${quote.paragraph} holds “${quote.sentence}”`);
      assert.ok(opened.visibleRanges.some((r) => r.contains(new vscode.Position(line, 0))), 'the paragraph is in view');
    });

    afterEach(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
}
