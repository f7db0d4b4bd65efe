// Citing a source: the quick fix menu (Ctrl+.) on an unsourced assertion
// offers "Cite …" entries drawn from the sources; choosing one inserts the
// citation, clears the warning, raises the sourcing figures and leaves the
// edit unsaved.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  actionWidgetRows,
  activeTab,
  chooseActionWidgetRow,
  codeLensTexts,
  editorCursor,
  editorHasFocus,
  editorLine,
  lightBulb,
  moveMouseOffText,
  normalizeSpace,
  parseProblemsLabel,
  pointIsOnEditorText,
  pollUntil,
  statusBarItem,
  wordBox,
} from '../lib/workbench.mjs';
import { STEP_MS, coverageText, draftName, fail, paragraphs, tradecraftStatusId } from './context.mjs';

// The sentence to cite a source for: an unsourced assertion (line 17 of the
// draft), and a word in it to click on.
const citeLine = "The Pentagon confirmed on November 4 that North Korean troops were in Russia's Kursk oblast.";
const citeWord = 'confirmed';

/** Step cite (see context.mjs for `context`). */
export function citeSourceSteps({ page, workspace, draftPath, draftText, draftReport, schema, shot }) {
  return [
    {
      id: 'cite',
      name: 'quick fix (Ctrl+.) “Cite …” on an unsourced assertion inserts [@key, ¶n], unsaved',
      run: async () => {
        const fileLine = draftText.split('\n').indexOf(citeLine) + 1;
        if (fileLine === 0) fail(`the draft has no line “${citeLine}”`);
        // The sentence as drawn: its line, with the unsourced-assertion warning.
        await pollUntil(
          () => editorLine(page, citeLine),
          (line) => line?.number === fileLine && line.squiggles.warning > 0,
          { timeout: STEP_MS, describe: (line) => (line ? `line ${line.number}, squiggles ${JSON.stringify(line.squiggles)}` : `no rendered line has “${citeLine}”`) },
        );
        const problemsBefore = parseProblemsLabel((await statusBarItem(page, 'status.problems'))?.ariaLabel ?? '');
        const coverageBefore = coverageText(draftReport.sourcedAssertions, draftReport.assertions).text;
        const coverageAfter = coverageText(draftReport.sourcedAssertions + 1, draftReport.assertions);
        const itemBefore = await statusBarItem(page, tradecraftStatusId);
        if (itemBefore?.text !== coverageBefore) fail(`the Tradecraft item says “${itemBefore?.text}” before citing, not “${coverageBefore}”`);

        // Click into the sentence (the last step's hover gone first): the
        // cursor goes there and the editor has the keyboard.
        await moveMouseOffText(page, STEP_MS);
        const box = (await wordBox(page, citeLine, citeWord)) ?? fail(`“${citeWord}” is not on screen`);
        const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        if (!(await pointIsOnEditorText(page, point.x, point.y))) fail(`something covers “${citeWord}” in the editor`);
        await page.mouse.click(point.x, point.y);
        await pollUntil(() => editorCursor(page), (at) => at?.line === fileLine, {
          timeout: STEP_MS,
          describe: (at) => (at ? `the cursor is at line ${at.line}, column ${at.column}, not line ${fileLine}` : 'no cursor position in the status bar'),
        });
        if (!(await editorHasFocus(page))) fail('a click in the text left the keyboard focus outside the editor');
        // The light bulb says there are code actions here; Ctrl+. opens them.
        const bulb = await pollUntil(() => lightBulb(page), Boolean, { timeout: STEP_MS, describe: () => 'no light bulb by the cursor' });
        await page.keyboard.press('Control+Period');
        // The menu opens once every provider has answered: its entries are final.
        const rows = await pollUntil(() => actionWidgetRows(page), (rows) => rows.length > 0, {
          timeout: STEP_MS,
          describe: () => `no quick fix menu opened (light bulb: “${bulb.title}”)`,
        });
        const choice =
          rows.find((row) => row.label.startsWith('Cite ')) ??
          fail(`the quick fix menu offers no “Cite …” entry: ${JSON.stringify(rows.map((r) => r.label))}`);
        const entry = /^Cite (\S+) \(([A-F][1-6])\), ¶(\d+): “(.+)”$/.exec(choice.label) ?? fail(`“${choice.label}” is not “Cite key (grade), ¶n: “excerpt””`);
        const [, key, grade, para, excerpt] = entry;
        const source = schema.sources[key] ?? fail(`“${choice.label}” names ${key}, no source in claims-schema.yaml`);
        if (grade !== `${source.reliability}${source.credibility}`) fail(`“${choice.label}” grades ${key} ${grade}; the schema says ${source.reliability}${source.credibility}`);
        // The excerpt comes from that paragraph of the source text.
        const paragraph = source.file ? paragraphs(readFileSync(path.join(workspace.dir, source.file), 'utf8'))[Number(para) - 1] : undefined;
        const quoted = normalizeSpace(excerpt.replace(/…$/, ''));
        if (!paragraph?.includes(quoted)) fail(`“${quoted}” is not in ${source.file ?? key} ¶${para}`);
        await page.screenshot({ path: shot('06-quick-fix-menu') });

        await chooseActionWidgetRow(page, choice.label, STEP_MS);
        // The mouse leaves the text, so that no hover covers the result.
        await moveMouseOffText(page, STEP_MS);

        // The citation is in the line, and the line's warning is gone.
        const citation = `[@${key}, ¶${para}]`;
        const wantLine = citeLine.replace(/\.$/, ` ${citation}.`);
        const after = await pollUntil(
          () => editorLine(page, citeLine.slice(0, 40)),
          (line) => normalizeSpace(line?.text ?? '') === wantLine && line.squiggles.warning === 0,
          { timeout: STEP_MS, describe: (line) => (line ? `line ${line.number} reads “${normalizeSpace(line.text)}”, squiggles ${JSON.stringify(line.squiggles)}; want “${wantLine}” without a warning` : 'the line is no longer on screen') },
        );
        // One warning fewer in Problems, the rest unchanged.
        const problemsWant = { ...problemsBefore, warnings: problemsBefore.warnings - 1 };
        const problems = await pollUntil(
          () => statusBarItem(page, 'status.problems'),
          (item) => JSON.stringify(parseProblemsLabel(item?.ariaLabel ?? '')) === JSON.stringify(problemsWant),
          { timeout: STEP_MS, describe: (item) => `${item?.ariaLabel ?? 'no status.problems item'}; want ${JSON.stringify(problemsWant)}` },
        );
        // One more assertion sourced, in the status item and in the code lens.
        const item = await pollUntil(
          () => statusBarItem(page, tradecraftStatusId),
          (item) => item?.text === coverageAfter.text,
          { timeout: STEP_MS, describe: (item) => `the Tradecraft item says ${item ? `“${item.text}”` : 'nothing'}, not “${coverageAfter.text}”` },
        );
        const lensWant = `${draftReport.assertions} assertions · ${draftReport.sourcedAssertions + 1} sourced (${coverageAfter.percent}%)`;
        await pollUntil(
          () => codeLensTexts(page),
          (texts) => texts.some((t) => t.includes(lensWant)),
          { timeout: STEP_MS, describe: (texts) => `code lenses ${JSON.stringify(texts)}; want “${lensWant}”` },
        );
        // Edited, not saved: the tab is marked dirty and the file on disk is as it was.
        const tab = await pollUntil(() => activeTab(page), (tab) => tab?.name === draftName && tab.dirty, {
          timeout: STEP_MS,
          describe: (tab) => (tab ? `the active tab “${tab.name}” is ${tab.dirty ? 'dirty' : 'not marked dirty'}` : 'no active tab'),
        });
        if (readFileSync(draftPath, 'utf8') !== draftText) fail(`${draftName} was saved to disk`);
        await page.screenshot({ path: shot('07-cited') });
        return [
          `“${choice.label}” (of ${rows.length} entries; light bulb ${bulb.icon}) → line ${after.number} ends “${citation}.”`,
          `Problems “${problems.ariaLabel}”, Tradecraft “${itemBefore.text}” → “${item.text}”, tab ${tab.name} dirty, file on disk unchanged`,
        ];
      },
    },
  ];
}
