// The HTML report in a real browser: `tradecraft report samples --out FILE`
// opened from disk in headless Chromium with JavaScript off and every
// request other than the file itself refused. It checks that the page needs
// nothing else, that it has its charts, and that no label of a chart overlaps
// another or runs out of its chart; then it photographs the page.
//
//   npm run build && node test/e2e/report-page.mjs
//
// Screenshots: .test-output/e2e/screenshots/report.png (the whole page) and
// report-top.png (the first screen, as the README shows it).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { cliPath } from './lib/cli.mjs';
import { copySamples, ensureOutputDir, root } from './lib/paths.mjs';
import { createStepRunner } from './lib/step-runner.mjs';

const run = createStepRunner('report-page');

main().then(
  (code) => process.exit(code),
  (error) => {
    run.printError(error);
    process.exit(1);
  },
);

async function main() {
  const outDir = ensureOutputDir('screenshots');
  const shots = { page: path.join(outDir, 'report.png'), top: path.join(outDir, 'report-top.png') };
  Object.values(shots).forEach((file) => rmSync(file, { force: true }));
  run.handleSignals();
  try {
    const workspace = copySamples();
    run.atCleanup(() => workspace.dispose());
    const reportFile = path.join(workspace.dir, 'report.html');
    const browser = await launchChromium();
    run.atCleanup(() => browser.close());
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const refused = [];
    await context.route('**/*', (route) => {
      if (route.request().url() === pathToFileURL(reportFile).href) return route.continue();
      refused.push(route.request().url());
      return route.abort();
    });
    const steps = [
      {
        id: 'write',
        name: 'tradecraft report samples --out report.html writes the page',
        run: () => {
          const result = spawnSync(process.execPath, [cliPath, 'report', '.', '--out', reportFile], { cwd: workspace.dir, encoding: 'utf8', timeout: 60_000 });
          if (result.status !== 1) throw new Error(`expected exit 1 (the samples have errors), got ${result.status}: ${result.stderr}`);
          return result.stdout.trim();
        },
      },
      {
        id: 'open',
        name: 'it opens from disk with JavaScript off and asks for nothing else',
        run: async () => {
          await page.goto(pathToFileURL(reportFile).href);
          await page.getByRole('heading', { name: 'Tradecraft sourcing report' }).waitFor();
          if (refused.length > 0) throw new Error(`the page asked for ${refused.join(', ')}`);
          return `${await page.title()}`;
        },
      },
      {
        id: 'charts',
        name: 'the folder has its four charts, each titled',
        run: async () => {
          const titles = await page.locator('#folder svg[role="img"]').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label')));
          const expected = ['Coverage per assessment', 'Citations per source', 'Findings by code', 'Actors × assessments'];
          if (JSON.stringify(titles) !== JSON.stringify(expected)) throw new Error(`chart titles ${JSON.stringify(titles)}`);
          const all = await page.locator('svg[role="img"]').count();
          return `${all} charts on the page`;
        },
      },
      {
        id: 'labels',
        name: 'no chart label overlaps another or runs out of its chart',
        run: async () => {
          const problems = await page.locator('svg[role="img"]').evaluateAll(findLabelProblems);
          if (problems.length > 0) throw new Error(problems.slice(0, 5).join('; '));
          const labels = await page.locator('svg[role="img"] text').count();
          return `${labels} labels checked`;
        },
      },
      {
        id: 'screenshot',
        name: 'photograph the page',
        run: async () => {
          await page.screenshot({ path: shots.top });
          await page.screenshot({ path: shots.page, fullPage: true });
          return [shots.top, shots.page].map((file) => path.relative(root, file)).join(', ');
        },
      },
    ];
    await run.runSteps(steps, { page, screenshotDir: outDir });
  } finally {
    await run.finish();
  }
  return run.printSummary();
}

/** Runs in the page: every pair of overlapping labels in a chart, and every label outside its chart. */
function findLabelProblems(svgs) {
  const problems = [];
  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (const svg of svgs) {
    const frame = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '').map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    for (const [i, a] of labels.entries()) {
      if (a.box.left < frame.left - 1 || a.box.right > frame.right + 1 || a.box.top < frame.top - 1 || a.box.bottom > frame.bottom + 1) {
        problems.push(`"${a.text}" runs out of "${svg.getAttribute('aria-label')}"`);
      }
      for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`"${a.text}" overlaps "${b.text}" in "${svg.getAttribute('aria-label')}"`);
    }
  }
  return problems;
}
