// The Problems counts: VS Code's Problems status item and the draft's row in
// the Problems view agree with what the command line reports.
import { byId, parseProblemsLabel, pollUntil, statusBarItem } from '../lib/workbench.mjs';
import { STEP_MS, draftFolder, draftName, fail } from './context.mjs';

/** Steps problems-status and problems-panel (see context.mjs for `context`). */
export function problemCountSteps({ page, draftReport, workspaceReport, shot }) {
  return [
    {
      id: 'problems-status',
      name: 'Problems status item = CLI on the workspace (errors, warnings, infos)',
      run: async () => {
        // VS Code's item counts every file's markers (errors, warnings, and
        // infos when there are some; never hints), not the active file's.
        const want = { errors: workspaceReport.errors, warnings: workspaceReport.warnings, infos: workspaceReport.infos };
        if (want.errors + want.warnings + want.infos === 0) fail('the CLI reports no findings in the workspace');
        const item = await pollUntil(
          () => statusBarItem(page, 'status.problems'),
          (item) => item !== undefined && JSON.stringify(parseProblemsLabel(item.ariaLabel)) === JSON.stringify(want),
          { timeout: STEP_MS, describe: (item) => `${item?.ariaLabel ?? 'no status.problems item'}; CLI: ${JSON.stringify(want)}` },
        );
        return `“${item.ariaLabel}”`;
      },
    },
    {
      id: 'problems-panel',
      name: 'Problems view: the draft row counts what the CLI reports for it',
      run: async () => {
        const want = draftReport.errors + draftReport.warnings + draftReport.infos;
        const label = `${want} problems in file ${draftName} of folder ${draftFolder}`;
        await page.click(`.part.statusbar ${byId('status.problems')}`);
        await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: STEP_MS });
        try {
          await page.waitForSelector(`.markers-panel .monaco-list-row[aria-label="${label}"]`, { timeout: STEP_MS });
        } catch {
          const rows = await page.$$eval('.markers-panel .monaco-list-row', (rs) =>
            rs.map((r) => r.getAttribute('aria-label')).filter((l) => /problems? in file/.test(l ?? '')),
          );
          fail(`no row “${label}”; file rows: ${JSON.stringify(rows)}`);
        }
        await page.screenshot({ path: shot('03-problems-panel') });
        // The status item's command toggles the panel: close it again to give the editor its height back.
        await page.click(`.part.statusbar ${byId('status.problems')}`);
        await page.waitForSelector('.markers-panel', { state: 'hidden', timeout: STEP_MS });
        return `“${label}”`;
      },
    },
  ];
}
