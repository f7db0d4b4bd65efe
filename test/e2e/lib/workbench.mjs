// Page helpers for driving the VS Code workbench (1.100) in Chromium. Every
// wait is on a condition in the page, bounded by a timeout; none sleeps.
//
// Selectors these rely on (VS Code 1.100.3 web workbench):
//   explorer rows       .explorer-folders-view .monaco-list-row[aria-label="<name>"] (aria-expanded on folders)
//   editor tabs         .tabs-container .tab[aria-selected="true"], aria-label "<name>" (", preview" while a preview)
//   editor text         .editor-instance .view-lines .view-line (spaces rendered as U+00A0)
//   diagnostics         .editor-instance .view-overlays .cdr.squiggly-{error,warning,info}
//   status bar items    .statusbar-item with id "status.problems", "<publisher.name>.<item id>" for extensions
//   Problems view rows  .markers-panel .monaco-list-row, file rows "N problems in file <name> of folder <dir>"
//   code lenses         .editor-instance .codelens-decoration
//   hover               .monaco-hover (the one without .hidden)
//   line numbers        .editor-instance .margin-view-overlays > div (same style.top as the view line; empty on wrapped continuations)
//   squiggles by line   .editor-instance .view-overlays > div (same style.top as the view line) > .cdr.squiggly-<severity>
//   cursor              status bar item "status.editor.selection" ("Ln 17, Col 18")
//   light bulb          .editor-instance .contentWidgets .lightBulbWidget (display block once shown; title "Show Code Actions…")
//   quick fix menu      .action-widget .monaco-list-row.action (aria-label = title; .group-header rows are headings),
//                       over a full-page .context-view-pointerBlock that the first mouse move removes

/** Collapses runs of whitespace (and the editor's no-break spaces) to one space. */
export function normalizeSpace(text) {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A CSS id selector for ids with dots (`status.problems`). */
export function byId(id) {
  return `[id="${id.replace(/"/g, '\\"')}"]`;
}

/**
 * The Workspace Trust dialog, if one is up: trusts the workspace (the
 * "Yes, I trust the authors" button). Any other modal dialog is an error,
 * with its text. Looks once, waits for nothing but the dialog to close;
 * returns what it did, or undefined when there was no dialog.
 */
export async function dismissTrustDialog(page, timeout = 10_000) {
  const dialog = page.locator('.monaco-dialog-box').filter({ visible: true });
  if ((await dialog.count()) === 0) return undefined;
  const text = normalizeSpace(await dialog.first().innerText());
  const trust = dialog.first().locator('.monaco-button', { hasText: /^(yes\b.*\btrust|trust)\b/i });
  if ((await trust.count()) === 0) throw new Error(`an unexpected dialog is open: “${text.slice(0, 200)}”`);
  const label = normalizeSpace(await trust.first().innerText());
  await trust.first().click();
  await dialog.first().waitFor({ state: 'hidden', timeout });
  return `trusted the workspace in a dialog (“${text.slice(0, 80)}…”) with “${label}”`;
}

/** The explorer row of a file or folder, by its name. */
export function explorerRow(page, name) {
  return page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
}

/** Expands a folder in the explorer (a click on a collapsed row) and waits until it is expanded. */
export async function expandExplorerFolder(page, name, timeout) {
  const row = explorerRow(page, name);
  await row.waitFor({ state: 'visible', timeout });
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await page.waitForSelector(`.explorer-folders-view .monaco-list-row[aria-label="${name}"][aria-expanded="true"]`, { timeout });
}

/** Clicks a file in the explorer and waits until its tab is the active one. */
export async function openFromExplorer(page, name, timeout) {
  const row = explorerRow(page, name);
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
  await page.waitForFunction(
    (fileName) => {
      const tab = document.querySelector('.tabs-container .tab.active, .tabs-container .tab[aria-selected="true"]');
      return (tab?.getAttribute('aria-label') ?? '').split(',')[0].trim() === fileName;
    },
    name,
    { timeout, polling: 100 },
  );
}

/** Waits until the active editor shows a line containing `text`. */
export async function waitForEditorText(page, text, timeout) {
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('.editor-instance .view-lines .view-line')].some((line) =>
        line.textContent.replace(/\u00a0/g, ' ').includes(wanted),
      ),
    text,
    { timeout, polling: 100 },
  );
}

/** Waits for at least one squiggle of a severity (`error`, `warning`, `info`) in the active editor. */
export async function waitForSquiggle(page, severity, timeout) {
  await page.waitForSelector(`.editor-instance .view-overlays .squiggly-${severity}`, { state: 'attached', timeout });
}

/** How many squiggle segments of each severity the editor draws now (visible lines only). */
export async function squiggleCounts(page) {
  return page.evaluate(() => {
    const counts = {};
    for (const severity of ['error', 'warning', 'info', 'hint']) {
      counts[severity] = document.querySelectorAll(`.editor-instance .view-overlays .squiggly-${severity}`).length;
    }
    return counts;
  });
}

/** The texts of the code lenses the active editor draws now. */
export async function codeLensTexts(page) {
  return page.$$eval('.editor-instance .codelens-decoration', (lenses) =>
    lenses.map((lens) => lens.textContent.replace(/[\s\u00a0]+/g, ' ').trim()),
  );
}

/** A status bar item's text and aria-label, or undefined while it is absent or hidden. */
export async function statusBarItem(page, id) {
  return page.evaluate((selector) => {
    const item = document.querySelector(`.part.statusbar ${selector}`);
    if (!item || item.offsetParent === null) return undefined;
    return { text: item.textContent.replace(/\s+/g, ' ').trim(), ariaLabel: item.getAttribute('aria-label') ?? '' };
  }, byId(id));
}

/**
 * Polls `read` (an async function of nothing) until `accept(value)` is true,
 * on a fixed poll interval, up to `timeout` ms. Returns the accepted value;
 * on timeout throws with `describe(lastValue)`.
 */
export async function pollUntil(read, accept, { timeout, interval = 200, describe = (v) => JSON.stringify(v) }) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeout / 1000} s; last seen: ${describe(last)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Problems counts as VS Code's status item states them in its aria-label ("Errors: 15, Warnings: 12, Infos: 1" / "No Problems"). */
export function parseProblemsLabel(label) {
  const count = (word) => Number(new RegExp(`${word}: (\\d+)`).exec(label)?.[1] ?? 0);
  return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos') };
}

/**
 * The on-screen box of the first occurrence of `word` in the editor line
 * whose text contains `lineText` (both as the user reads them), or undefined
 * when no rendered line has it (scrolled away).
 */
export async function wordBox(page, lineText, word) {
  return page.evaluate(
    ({ lineText, word }) => {
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        const text = line.textContent.replace(/\u00a0/g, ' ');
        if (!text.includes(lineText)) continue;
        // Map the word's offset in the line to a text node and a DOM range.
        const at = text.indexOf(word, text.indexOf(lineText));
        let offset = 0;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (at < offset + node.data.length) {
            const range = document.createRange();
            range.setStart(node, at - offset);
            range.setEnd(node, Math.min(at - offset + word.length, node.data.length));
            const { x, y, width, height } = range.getBoundingClientRect();
            return { x, y, width, height };
          }
          offset += node.data.length;
        }
      }
      return undefined;
    },
    { lineText, word },
  );
}

/**
 * Moves the mouse out of the editor's text, to the empty foot of the
 * explorer, and waits until no hover is left open.
 */
export async function moveMouseOffText(page, timeout) {
  const explorer = await page.locator('.explorer-folders-view').boundingBox({ timeout });
  if (!explorer) throw new Error('the explorer view is not on screen');
  await page.mouse.move(explorer.x + explorer.width / 2, explorer.y + explorer.height - 10, { steps: 4 });
  await visibleHover(page).first().waitFor({ state: 'hidden', timeout });
}

/** Whether the point (x, y) of the page is on the editor's text, not under some widget. */
export async function pointIsOnEditorText(page, x, y) {
  return page.evaluate(({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('.editor-instance .view-lines .view-line')), { x, y });
}

/** The visible hover widget's locator. */
export function visibleHover(page) {
  return page.locator('.monaco-hover:not(.hidden)').filter({ has: page.locator('.hover-contents, .hover-row') });
}

/**
 * The active editor's lines as rendered, each a source line (its wrapped
 * parts joined): { number, text, squiggles: { error, warning, info, hint } },
 * `text` as the user reads it (no-break spaces made spaces), `squiggles` the
 * segments of each severity drawn over its parts. Only lines on screen; a
 * wrapped tail whose head is scrolled away is left out.
 */
export async function editorLines(page) {
  return page.evaluate(() => {
    const byTop = (selector) => {
      const map = new Map();
      for (const el of document.querySelectorAll(selector)) map.set(el.style.top, el);
      return map;
    };
    const margin = byTop('.editor-instance .margin-view-overlays > div');
    const overlays = byTop('.editor-instance .view-overlays > div');
    const parts = [...document.querySelectorAll('.editor-instance .view-lines .view-line')].sort(
      (a, b) => parseFloat(a.style.top) - parseFloat(b.style.top),
    );
    const lines = [];
    let current;
    for (const part of parts) {
      const number = margin.get(part.style.top)?.querySelector('.line-numbers')?.textContent.trim();
      if (number) {
        current = { number: Number(number), text: '', squiggles: { error: 0, warning: 0, info: 0, hint: 0 } };
        lines.push(current);
      }
      if (!current) continue;
      current.text += part.textContent.replace(/\u00a0/g, ' ');
      const overlay = overlays.get(part.style.top);
      for (const severity of Object.keys(current.squiggles)) {
        current.squiggles[severity] += overlay?.querySelectorAll(`.squiggly-${severity}`).length ?? 0;
      }
    }
    return lines;
  });
}

/** The rendered source line containing `text` (see editorLines), or undefined while none on screen does. */
export async function editorLine(page, text) {
  return (await editorLines(page)).find((line) => line.text.includes(text));
}

/** The cursor as the status bar states it ("Ln 17, Col 18"): { line, column }, or undefined. */
export async function editorCursor(page) {
  const item = await statusBarItem(page, 'status.editor.selection');
  const match = /Ln (\d+), Col (\d+)/.exec(item?.text ?? '');
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** Whether the keyboard focus is in the text editor (its input area), where editor shortcuts such as Ctrl+. apply. */
export async function editorHasFocus(page) {
  return page.evaluate(() => Boolean(document.activeElement?.closest('.editor-instance .monaco-editor')));
}

/** The editor's light bulb when it is shown: { title, icon } (icon: its codicon class), else undefined. */
export async function lightBulb(page) {
  return page.evaluate(() => {
    const bulb = [...document.querySelectorAll('.editor-instance .contentWidgets .lightBulbWidget')].find(
      (b) => b.style.display !== 'none' && b.style.visibility !== 'hidden' && b.offsetParent !== null,
    );
    if (!bulb) return undefined;
    return { title: bulb.getAttribute('title') ?? '', icon: [...bulb.classList].find((c) => c.startsWith('codicon-')) ?? '' };
  });
}

/** The entries of the open quick fix menu (the action widget), headings left out: { label, focused, disabled }. */
export async function actionWidgetRows(page) {
  return page.$$eval('.action-widget .monaco-list-row.action', (rows) =>
    rows
      .filter((row) => row.offsetParent !== null)
      .map((row) => ({
        label: (row.getAttribute('aria-label') ?? row.textContent).replace(/\u00a0/g, ' ').trim(),
        focused: row.classList.contains('focused'),
        disabled: row.getAttribute('aria-disabled') === 'true' || row.classList.contains('option-disabled'),
      })),
  );
}

/**
 * Chooses an entry of the open quick fix menu with the mouse, as a user
 * does: moves onto it (the first move lifts the widget's pointer block),
 * clicks it, and waits until the menu has closed.
 */
export async function chooseActionWidgetRow(page, label, timeout) {
  const row = page.locator(`.action-widget .monaco-list-row.action[aria-label="${label.replace(/["\\]/g, '\\$&')}"]`);
  const box = await row.first().boundingBox({ timeout });
  if (!box) throw new Error(`the quick fix menu has no entry “${label}” on screen`);
  await page.mouse.move(box.x + Math.min(60, box.width / 2), box.y + box.height / 2, { steps: 4 });
  await page.waitForSelector('.context-view-pointerBlock', { state: 'detached', timeout });
  await row.first().click({ timeout });
  await page.waitForSelector('.action-widget .monaco-list-row.action', { state: 'detached', timeout });
}

/** The active editor tab: { name, dirty } (dirty: the unsaved-changes mark), or undefined. */
export async function activeTab(page) {
  return page.evaluate(() => {
    const tab = document.querySelector('.tabs-container .tab.active, .tabs-container .tab[aria-selected="true"]');
    if (!tab) return undefined;
    return { name: (tab.getAttribute('aria-label') ?? '').split(',')[0].trim(), dirty: tab.classList.contains('dirty') };
  });
}
