// The first steps: the workbench loads the samples folder, the draft opens
// from the explorer, and its squiggles are of the severities the command line
// reports for it.
import {
  dismissTrustDialog,
  expandExplorerFolder,
  openFromExplorer,
  squiggleCounts,
  waitForEditorText,
  waitForSquiggle,
} from '../lib/workbench.mjs';
import { FIRST_LOAD_MS, STEP_MS, draftFolder, draftName, fail } from './context.mjs';

const draftHeading = '# China and the North Korean Deployment (draft)';

/** Steps load, open and squiggles (see context.mjs for `context`). */
export function openDraftSteps({ page, server, workspace, draftReport, shot, notes }) {
  return [
    {
      id: 'load',
      name: 'the workbench loads the samples folder',
      run: async () => {
        await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace.dir)}`, { timeout: FIRST_LOAD_MS });
        await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: FIRST_LOAD_MS });
        await page.waitForSelector(`.explorer-folders-view .monaco-list-row[aria-label="${draftFolder}"]`, { timeout: FIRST_LOAD_MS });
        const dismissed = await dismissTrustDialog(page);
        if (dismissed) notes.push(dismissed);
      },
    },
    {
      id: 'open',
      name: `${draftName} opens from the explorer`,
      run: async () => {
        await expandExplorerFolder(page, draftFolder, STEP_MS);
        await openFromExplorer(page, draftName, STEP_MS);
        await waitForEditorText(page, draftHeading, STEP_MS);
        await page.screenshot({ path: shot('01-draft-open') });
      },
    },
    {
      id: 'squiggles',
      name: 'squiggles of each severity the CLI reports for the draft',
      run: async () => {
        const expected = ['error', 'warning', 'info'].filter((s) => draftReport[`${s}s`] > 0);
        if (expected.length === 0) fail('the CLI reports nothing for the draft: nothing to see');
        for (const severity of expected) await waitForSquiggle(page, severity, STEP_MS);
        const drawn = await squiggleCounts(page);
        await page.screenshot({ path: shot('02-squiggles') });
        const unexpected = ['error', 'warning', 'info', 'hint'].filter((s) => drawn[s] > 0 && !(draftReport[`${s}s`] > 0));
        if (unexpected.length > 0) fail(`squiggles of a severity the CLI does not report: ${unexpected.join(', ')} (${JSON.stringify(drawn)})`);
        return `${expected.join(', ')}; ${drawn.error + drawn.warning + drawn.info} segments drawn`;
      },
    },
  ];
}
