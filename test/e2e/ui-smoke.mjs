// UI smoke test: the packaged extension (tradecraft.vsix) in the real VS Code
// 1.100.3 workbench, in headless Chromium, driven the way a user would:
// clicks in the explorer, reads the editor, the status bar and the Problems
// view, hovers a word with the mouse, and cites a source for an unsourced
// sentence from the quick fix menu (Ctrl+.). Figures are checked against the
// command line on the same files.
//
//   npm run package && node test/e2e/ui-smoke.mjs
//
// Exit code 0 when every check passes, 1 otherwise. Screenshots go to
// .test-output/e2e/screenshots/ (failure-<step>.png when a step fails).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchChromium } from './lib/browser.mjs';
import { copySamples, ensureOutputDir, root, scratchDir } from './lib/paths.mjs';
import { installVsix, startVsCodeServer } from './lib/vscode-server.mjs';
import {
  actionWidgetRows,
  activeTab,
  byId,
  chooseActionWidgetRow,
  codeLensTexts,
  dismissTrustDialog,
  editorCursor,
  editorHasFocus,
  editorLine,
  expandExplorerFolder,
  lightBulb,
  moveMouseOffText,
  normalizeSpace,
  openFromExplorer,
  parseProblemsLabel,
  pointIsOnEditorText,
  pollUntil,
  squiggleCounts,
  statusBarItem,
  visibleHover,
  waitForEditorText,
  waitForSquiggle,
  wordBox,
} from './lib/workbench.mjs';

const FIRST_LOAD_MS = 60_000;
const STEP_MS = 30_000;

const vsix = path.join(root, 'tradecraft.vsix');
const cli = path.join(root, 'dist', 'tradecraft.cjs');
const extensionId = 'tradecraft.tradecraft';
/** The extension's status bar item: `createStatusBarItem('tradecraft.status')`, prefixed with the extension id. */
const tradecraftStatusId = `${extensionId}.tradecraft.status`;

const draftFolder = 'assessments';
const draftName = 'china-dprk-draft.assessment.md';
const draftHeading = '# China and the North Korean Deployment (draft)';
// The hover target: an actor alias on a draft line with no finding, so the
// hover holds the actor card alone (line 24 of the draft).
const hoverLine = 'Beijing renewed its own alliance with Pyongyang';
const hoverWord = 'Pyongyang';
// The sentence to cite a source for: an unsourced assertion (line 17 of the
// draft), and a word in it to click on.
const citeLine = "The Pentagon confirmed on November 4 that North Korean troops were in Russia's Kursk oblast.";
const citeWord = 'confirmed';

const screenshotNames = [
  '01-draft-open',
  '02-squiggles',
  '03-problems-panel',
  '04-status-bar',
  '04-status-bar-item',
  '05-hover',
  '06-quick-fix-menu',
  '07-cited',
];

// Output piped into a reader that quits early (| head) must not end the run before its cleanup.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

const results = [];
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function fail(message) {
  throw new Error(message);
}

function preflight() {
  if (!existsSync(vsix)) fail(`${path.relative(root, vsix)} is missing: run npm run package first`);
  if (!existsSync(cli)) fail(`${path.relative(root, cli)} is missing: run npm run package first`);
  // A package older than the build would test yesterday's extension.
  for (const built of ['extension.cjs', 'tradecraft-lsp.cjs'].map((name) => path.join(root, 'dist', name))) {
    if (existsSync(built) && statSync(built).mtimeMs > statSync(vsix).mtimeMs) {
      fail(`${path.relative(root, vsix)} is older than ${path.relative(root, built)}: run npm run package again`);
    }
  }
}

/** The command line's JSON report for some paths (exit 1 only means findings). */
function cliReport(paths) {
  try {
    return JSON.parse(execFileSync(process.execPath, [cli, 'check', '--format', 'json', ...paths], { encoding: 'utf8' }));
  } catch (error) {
    if (error.status === 1 && error.stdout) return JSON.parse(error.stdout);
    throw new Error(`tradecraft check failed (${error.status ?? error.signal}): ${error.stderr ?? error.message}`);
  }
}

function loadYaml() {
  // `yaml` is one of the extension's own dependencies.
  return createRequire(path.join(root, 'package.json'))('yaml');
}

/** The Tradecraft status item's text for n of m assertions sourced: the client's rounding, never 100% while one is unsourced. */
function coverageText(n, m) {
  const percent = n < m ? Math.min(Math.round((100 * n) / m), 99) : Math.round((100 * n) / m);
  return { percent, text: `${n}/${m} sourced (${percent}%)` };
}

/** Source paragraphs as the samples count them: blocks between blank lines, the title line being ¶1. */
function paragraphs(text) {
  return text.split(/\n[ \t]*\n/).map(normalizeSpace).filter((p) => p.length > 0);
}

async function main() {
  preflight();
  const outDir = ensureOutputDir('screenshots');
  for (const file of readdirSync(outDir)) {
    if (screenshotNames.some((name) => file === `${name}.png`) || /^failure-.*\.png$/.test(file)) rmSync(path.join(outDir, file));
  }
  const serverLogFile = path.join(ensureOutputDir(), 'ui-smoke-server.log');
  rmSync(serverLogFile, { force: true });
  const shot = (name) => path.join(outDir, `${name}.png`);
  const rel = (file) => path.relative(root, file);

  const cleanups = [];
  let cleaning;
  const cleanup = () => {
    cleaning ??= (async () => {
      for (const fn of cleanups.reverse()) {
        try {
          await fn();
        } catch (error) {
          console.error(`ui-smoke: cleanup: ${error.message}`);
        }
      }
    })();
    return cleaning;
  };
  let interrupted;
  const onSignal = (signal) => {
    interrupted = signal;
    console.error(`ui-smoke: ${signal}, cleaning up`);
    cleanup().finally(() => process.exit(1));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  const serverLog = [];
  let page;
  try {
    // The workspace, the extension and the expected figures.
    const workspace = copySamples();
    cleanups.push(() => workspace.dispose());
    // The web workbench saves edits by itself (files.autoSave defaults to
    // afterDelay in a browser); the cite step leaves its edit unsaved.
    mkdirSync(path.join(workspace.dir, '.vscode'));
    writeFileSync(path.join(workspace.dir, '.vscode', 'settings.json'), `${JSON.stringify({ 'files.autoSave': 'off' }, null, 2)}\n`);
    const extensionsDir = scratchDir('extensions');
    cleanups.push(() => rmSync(extensionsDir, { recursive: true, force: true }));
    installVsix(vsix, extensionsDir);
    if (!readdirSync(extensionsDir).some((dir) => dir.startsWith(`${extensionId}-`))) {
      fail(`installing ${rel(vsix)} left no ${extensionId}-* folder in the extensions folder`);
    }

    const draftPath = path.join(workspace.dir, draftFolder, draftName);
    const draftText = readFileSync(draftPath, 'utf8');
    const draftReport = cliReport([draftPath]).summary;
    const workspaceReport = cliReport([workspace.dir]).summary;
    const schema = loadYaml().parse(readFileSync(path.join(workspace.dir, 'claims-schema.yaml'), 'utf8'));

    const server = await startVsCodeServer({ extensionsDir, log: (line) => serverLog.push(line) });
    cleanups.push(() => server.stop());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    // What the workbench and the extension host log about us, for diagnosis.
    page.on('console', (message) => {
      if ((message.type() === 'error' || message.type() === 'warning') && /tradecraft/i.test(message.text())) {
        console.log(`  [page ${message.type()}] ${message.text().replace(/%c/g, '').slice(0, 500)}`);
      }
    });
    page.on('pageerror', (error) => {
      if (/tradecraft/i.test(`${error.message}\n${error.stack}`)) console.log(`  [page error] ${error.message}`);
    });

    const notes = [];
    const steps = [
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
      {
        id: 'hover',
        name: `hover on “${hoverWord}” shows the actor card with source sentences`,
        run: async () => {
          const [actorKey, actor] =
            Object.entries(schema.actors).find(([, a]) => [a.name, ...(a.aliases ?? [])].includes(hoverWord)) ??
            fail(`no actor in claims-schema.yaml is called ${hoverWord}`);
          const box = await pollUntil(() => wordBox(page, hoverLine, hoverWord), Boolean, {
            timeout: STEP_MS,
            describe: () => `no rendered editor line contains “${hoverLine}”`,
          });
          const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          await page.mouse.move(point.x, point.y);
          const hover = visibleHover(page);
          try {
            await hover.first().waitFor({ state: 'visible', timeout: STEP_MS });
            // The card is one Markdown string: once its bold title is there, all of it is.
            await page.waitForFunction(
              (name) =>
                [...document.querySelectorAll('.monaco-hover:not(.hidden) strong')].some((title) => title.innerText.trim() === name),
              actor.name,
              { timeout: STEP_MS, polling: 100 },
            );
          } catch (error) {
            const shown = await page
              .$$eval('.monaco-hover:not(.hidden)', (hs) => hs.map((h) => h.innerText.trim()).filter(Boolean))
              .catch(() => []);
            const what = shown.length ? `the hover shows ${JSON.stringify(shown)}` : `no hover appeared (${error.message.split('\n')[0]})`;
            fail(`no card for ${actor.name} (actor ${actorKey}) over “${hoverWord}”: ${what}`);
          }
          // The word must still be under the mouse (nothing moved the lines meanwhile).
          const after = await wordBox(page, hoverLine, hoverWord);
          if (!after || point.x < after.x || point.x > after.x + after.width || point.y < after.y || point.y > after.y + after.height) {
            fail(`“${hoverWord}” moved from under the mouse while hovering (${JSON.stringify(box)} → ${JSON.stringify(after)})`);
          }
          const card = await page.$$eval('.monaco-hover:not(.hidden)', (hs, name) => {
            const h = hs.find((x) => [...x.querySelectorAll('strong')].some((title) => title.innerText.trim() === name));
            return {
              text: h.innerText,
              quotes: [...h.querySelectorAll('blockquote')].map((q) => [...q.querySelectorAll('p')].map((p) => p.innerText)),
            };
          }, actor.name);
          if (!card.text.includes('In the sources') || card.quotes.length === 0) {
            fail(`the ${actor.name} card shows no source sentences: “${normalizeSpace(card.text).slice(0, 300)}”`);
          }
          // Each quoted sentence must be in the paragraph of the source file its attribution names.
          const checked = [];
          for (const parts of card.quotes) {
            const sentence = normalizeSpace(parts[0] ?? '');
            const attribution = normalizeSpace(parts.at(-1) ?? '');
            const cite = /^— (.+), ¶(\d+)$/.exec(attribution) ?? fail(`quote without a “— title, ¶n” line: ${JSON.stringify(parts)}`);
            const [key, source] =
              Object.entries(schema.sources).find(([k, s]) => s.title === cite[1] || k === cite[1]) ??
              fail(`“${cite[1]}” is no source's title in claims-schema.yaml`);
            if (!source.file) fail(`${key} has no file to quote from`);
            const text = readFileSync(path.join(workspace.dir, source.file), 'utf8');
            const paragraph = paragraphs(text)[Number(cite[2]) - 1] ?? '';
            if (sentence.length < 20) fail(`quote too short to be a source sentence: “${sentence}”`);
            if (!paragraph.includes(sentence)) {
              const elsewhere = normalizeSpace(text).includes(sentence);
              fail(`“${sentence}” is not in ${source.file} ¶${cite[2]}${elsewhere ? ' (it is elsewhere in that file)' : ' (nor anywhere in it)'}`);
            }
            checked.push(`${source.file} ¶${cite[2]}: “${sentence.slice(0, 70)}…”`);
          }
          // The card fades in; the picture waits for its animations to end.
          await page.waitForFunction(
            () => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].every((h) => h.getAnimations({ subtree: true }).every((a) => a.playState !== 'running') && getComputedStyle(h).opacity === '1'),
            undefined,
            { timeout: STEP_MS, polling: 100 },
          );
          await page.screenshot({ path: shot('05-hover') });
          return [`${actor.name}: ${checked.length} source sentence(s) found verbatim`, ...checked];
        },
      },
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

    let failedStep;
    for (const step of steps) {
      if (interrupted) break;
      if (failedStep) {
        results.push({ ...step, status: 'skipped' });
        console.log(`- ${step.name}: skipped (after ${failedStep.id} failed)`);
        continue;
      }
      const t0 = Date.now();
      try {
        const detail = await step.run();
        const lines = [detail].flat().filter(Boolean);
        results.push({ ...step, status: 'passed' });
        console.log(`✔ ${step.name} (${seconds(Date.now() - t0)})${lines.length ? ` — ${lines[0]}` : ''}`);
        for (const line of lines.slice(1)) console.log(`    ${line}`);
        for (const note of notes.splice(0)) console.log(`    note: ${note}`);
      } catch (error) {
        if (interrupted) break;
        failedStep = step;
        results.push({ ...step, status: 'failed' });
        const reason = normalizeSpace(error.message.split('\n=====')[0]);
        console.log(`✖ ${step.name}: ${reason} (${seconds(Date.now() - t0)})`);
        const file = shot(`failure-${step.id}`);
        await page.screenshot({ path: file }).then(
          () => console.log(`    screenshot: ${rel(file)}`),
          () => {},
        );
      }
    }
    if (failedStep) {
      writeFileSync(serverLogFile, `${serverLog.join('\n')}\n`);
      console.log(`    server log: ${rel(serverLogFile)}`);
    }
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const skipped = results.filter((r) => r.status === 'skipped').length;
  const shots = readdirSync(outDir).filter((f) => screenshotNames.some((n) => f === `${n}.png`) || f.startsWith('failure-'));
  console.log(`screenshots: ${path.relative(root, outDir)}/ (${shots.sort().join(', ')})`);
  console.log(`ui-smoke: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds(Date.now() - started)})`);
  return failed === 0 && skipped === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`ui-smoke: ${error.message}`);
    console.log(`ui-smoke: ${results.filter((r) => r.status === 'passed').length} passed, 1 failed (${seconds(Date.now() - started)})`);
    process.exit(1);
  },
);
