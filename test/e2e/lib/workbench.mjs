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

/** The visible hover widget's locator. */
export function visibleHover(page) {
  return page.locator('.monaco-hover:not(.hidden)').filter({ has: page.locator('.hover-contents, .hover-row') });
}
