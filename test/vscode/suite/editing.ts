// Edits that change what the server reports: the cite-a-source quick fix,
// and an unsaved edit of the claims schema.
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { expectedDraftDiagnostics, waitForStatusBar } from './activation.js';
import {
  codeOf,
  describeDiagnostics,
  draftPath,
  rangeOf,
  readWorkspaceFile,
  revert,
  schemaPath,
  showFile,
  waitForDiagnostics,
  workspaceUri,
} from './workspace.js';

const pentagonSentence = "The Pentagon confirmed on November 4 that North Korean troops were in Russia's Kursk oblast.";
const citeKind = vscode.CodeActionKind.QuickFix.append('tradecraft').append('cite');

function sameAsFixture(diagnostics: vscode.Diagnostic[]): boolean {
  return describeDiagnostics(diagnostics).join('\n') === expectedDraftDiagnostics.join('\n');
}

export function registerEditingSuite(): void {
  describe('Editing', () => {
    // A failed test leaves no unsaved change behind for the next one.
    afterEach(async () => {
      for (const file of [draftPath, schemaPath]) {
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === workspaceUri(file).toString());
        if (open?.isDirty) await revert(file);
      }
    });

    it('cites a source for an unsourced sentence with the quick fix', async () => {
      const editor = await showFile(draftPath);
      const document = editor.document;
      const onDisk = await readWorkspaceFile(draftPath);
      const sentence = rangeOf(document, pentagonSentence);
      const unsourced = vscode.languages
        .getDiagnostics(document.uri)
        .find((diagnostic) => codeOf(diagnostic) === 'unsourced-assertion' && diagnostic.range.intersection(sentence));
      assert.ok(unsourced, 'the Pentagon sentence is flagged as unsourced to begin with');

      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        unsourced.range,
        citeKind.value,
      );
      const cite = actions.find((action) => action.kind !== undefined && citeKind.contains(action.kind));
      assert.ok(cite?.edit, `no "cite a source" fix; offered: ${actions.map((action) => action.title).join(' | ')}`);
      assert.match(cite.title, /^Cite [\w-]+/);
      assert.ok(await vscode.workspace.applyEdit(cite.edit), 'the fix applies');

      // The fix edits the buffer only: the file on disk is the user's to save.
      assert.equal(document.isDirty, true);
      assert.equal(await readWorkspaceFile(draftPath), onDisk, 'the fix wrote to disk');

      const line = document.lineAt(sentence.start.line).text;
      assert.match(line, /Kursk oblast\. ?\[@[\w-]+(, ¶\d+)?\]|Kursk oblast \[@[\w-]+(, ¶\d+)?\]\./, `the citation is not where expected: ${line}`);
      await waitForDiagnostics(
        document.uri,
        (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'unsourced-assertion' && d.range.start.line === sentence.start.line),
        'the unsourced-assertion on the cited sentence to go',
      );
      await waitForStatusBar((text) => text.includes('8/12 sourced'), '8/12 sourced after the fix');

      await revert(draftPath);
      await waitForDiagnostics(document.uri, sameAsFixture, "the draft's diagnostics after the revert");
    });

    it('keeps checking while a sentence and its citation are typed one character at a time', async () => {
      const editor = await showFile(draftPath);
      const document = editor.document;
      await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\n\n'));
      const line = document.lineCount - 1;
      const type = async (text: string): Promise<void> => {
        for (const character of text) {
          // Each keystroke is a new document version, half-typed citation included.
          const applied = await editor.edit((edit) => edit.insert(document.lineAt(line).range.end, character));
          assert.ok(applied, `typing "${character}" was refused`);
        }
      };

      await type('The Pentagon said on December 2 that more troops had arrived.');
      await waitForDiagnostics(
        document.uri,
        (ds) => ds.some((d) => codeOf(d) === 'unsourced-assertion' && d.range.start.line === line),
        'the typed sentence to be flagged as unsourced',
      );
      await type(' [@china-dprk-2024');
      await type(']');
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => !ds.some((d) => d.range.start.line === line && ['unsourced-assertion', 'unknown-source'].includes(codeOf(d))),
        'the cited sentence to be sourced',
      );
      // The brief has no "December 2": the checker says so on the typed date.
      const date = diagnostics.find((d) => codeOf(d) === 'number-not-in-source' && d.range.start.line === line);
      assert.equal(date && document.getText(date.range), 'December 2');
    });

    it('re-checks an open assessment when the claims schema is edited, before it is saved', async () => {
      const draft = workspaceUri(draftPath);
      await vscode.workspace.openTextDocument(draft);
      const schema = await showFile(schemaPath);
      const key = rangeOf(schema.document, 'china-dprk-2024:');
      await schema.edit((edit) => edit.replace(key, 'china-dprk-brief:'));

      const diagnostics = await waitForDiagnostics(
        draft,
        (ds) => ds.filter((d) => codeOf(d) === 'unknown-source').length > 1,
        'unknown-source on the renamed key in the draft',
      );
      const unknown = diagnostics.filter((d) => codeOf(d) === 'unknown-source');
      assert.ok(unknown.some((d) => /"china-dprk-2024"/.test(d.message)), unknown.map((d) => d.message).join('\n'));

      await revert(schemaPath);
      await waitForDiagnostics(draft, sameAsFixture, "the draft's diagnostics after the schema is reverted");
    });
  });
}
