// The draft's sourcing: the Tradecraft status item and the code lens state
// the share of sourced assertions the command line counts.
import { codeLensTexts, pollUntil, statusBarItem } from '../lib/workbench.mjs';
import { STEP_MS, coverageText, fail, tradecraftStatusId } from './context.mjs';

/** Step coverage (see context.mjs for `context`). */
export function coverageSteps({ page, draftReport, shot }) {
  return [
    {
      id: 'coverage',
      name: 'Tradecraft status item and code lens show the draft’s sourcing (CLI figures)',
      run: async () => {
        const { assertions: m, sourcedAssertions: n } = draftReport;
        if (!(m > 0)) fail(`the CLI counts no assertions in the draft (${JSON.stringify(draftReport)})`);
        const { percent, text: want } = coverageText(n, m);
        const item = await pollUntil(
          () => statusBarItem(page, tradecraftStatusId),
          (item) => item?.text === want,
          { timeout: STEP_MS, describe: (item) => `${item ? `“${item.text}”` : `no ${tradecraftStatusId} item`}; CLI: “${want}”` },
        );
        // The shape on its own, so that a change of figures reads clearly.
        const shape = /^(\d+)\/(\d+) sourced \((\d+)%\)$/.exec(item.text);
        if (!shape) fail(`“${item.text}” is not “N/M sourced (P%)”`);
        const [sn, sm, sp] = shape.slice(1).map(Number);
        if (!(sn < sm)) fail(`the draft has unsourced assertions, yet the item says ${sn}/${sm}`);
        if (Math.abs(sp - (100 * sn) / sm) > 1) fail(`${sp}% is not ${sn}/${sm}`);
        // The code lens on the draft gives the same figures (and, once it is
        // drawn, the lines below it stop moving: the hover step needs that).
        const lensWant = `${m} assertions · ${n} sourced (${percent}%)`;
        const lens = await pollUntil(
          () => codeLensTexts(page),
          (texts) => texts.some((t) => t.includes(lensWant)),
          { timeout: STEP_MS, describe: (texts) => `code lenses ${JSON.stringify(texts)}; CLI: “${lensWant}”` },
        );
        await page.screenshot({ path: shot('04-status-bar') });
        await page.locator('.part.statusbar').screenshot({ path: shot('04-status-bar-item') });
        return `“${item.text}”, code lens “${lens.find((t) => t.includes(lensWant))}”`;
      },
    },
  ];
}
