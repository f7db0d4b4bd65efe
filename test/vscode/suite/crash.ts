// A language server that dies (killed, out of memory) is restarted by the
// extension, which says so once: the analyst's text is in the editor, so the
// next edit is checked again by the new server. Runs last: it kills the server.
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { tradecraftApi } from './activation.js';
import { codeOf, draftPath, revert, showFile, waitForDiagnostics, waitForEvent, workspaceUri } from './workspace.js';

const restartedNotice = /stopped unexpectedly and was restarted/;

/** Kills the running server process the way the system would (no shutdown handshake) and returns its id. */
async function killServer(): Promise<number> {
  const pid = await tradecraftApi().server.processId();
  assert.ok(pid > 0 && pid !== process.pid, `not a server process id: ${pid}`);
  process.kill(pid, 'SIGKILL');
  return pid;
}

/** Adds an unsourced sentence at the end of the draft and waits for the running server to flag it. */
async function editAndWaitForCheck(editor: vscode.TextEditor, sentence: string): Promise<void> {
  const document = editor.document;
  assert.ok(await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, `\n\n${sentence}\n`)));
  const line = document.getText().split('\n').findIndex((text) => text === sentence);
  await waitForDiagnostics(
    document.uri,
    (diagnostics) => diagnostics.some((d) => codeOf(d) === 'unsourced-assertion' && d.range.start.line === line),
    `an unsourced-assertion on the new line ${line + 1} from the restarted server`,
  );
}

export function registerCrashSuite(): void {
  describe('A crashed language server', () => {
    afterEach(async () => {
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === workspaceUri(draftPath).toString());
      if (open?.isDirty) await revert(draftPath);
    });

    it('is restarted, checks the next edit, and the analyst is told once', async () => {
      const api = tradecraftApi();
      const editor = await showFile(draftPath);
      await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, "the draft's diagnostics before the crash");
      assert.deepEqual(api.server.crashNotices(), [], 'a crash notice before any crash');

      const told = waitForEvent(api.server.onDidTellCrash, () => (api.server.crashNotices().length > 0 ? true : undefined), () => 'a notice that the server was restarted');
      const first = await killServer();
      await told;
      await editAndWaitForCheck(editor, 'Port officials said on March 2 that 60 barges had been turned away.');
      const second = await api.server.processId();
      assert.notEqual(second, first, 'the same process answers after it was killed');

      // A second crash restarts it again, without a second notice.
      await killServer();
      await editAndWaitForCheck(editor, 'Customs data showed that 14 trucks crossed on March 5.');
      assert.notEqual(await api.server.processId(), second);
      const notices = api.server.crashNotices();
      assert.equal(notices.length, 1, `told ${notices.length} times: ${notices.join(' | ')}`);
      assert.match(notices[0], restartedNotice);
    });
  });
}
