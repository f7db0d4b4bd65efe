// What the UI smoke test's steps share: the timeouts, the draft they work on,
// the extension's ids, and the helpers that state what to expect as the
// command line on the same files does.
//
// Each step module exports a function of one context object (built in
// ../ui-smoke.mjs once the workbench page is open) that returns its steps:
//   page             the workbench page (playwright-core)
//   server           the VS Code server ({ origin })
//   workspace        the copy of samples/ the workbench opens ({ dir })
//   draftPath        the draft on disk; draftText its text before any step
//   draftReport      the CLI's JSON summary for the draft
//   workspaceReport  the CLI's JSON summary for the whole workspace
//   schema           claims-schema.yaml, parsed
//   shot(name)       the path of the screenshot `name` (.png)
//   notes            notes for the reader, printed under the step's line once it passes
import { createRequire } from 'node:module';
import path from 'node:path';
import { cliCheck, cliPath } from '../lib/cli.mjs';
import { root } from '../lib/paths.mjs';
import { normalizeSpace } from '../lib/workbench.mjs';

export const FIRST_LOAD_MS = 60_000;
export const STEP_MS = 30_000;

export const cli = cliPath;
export const extensionId = 'tradecraft.tradecraft';
/** The extension's status bar item: `createStatusBarItem('tradecraft.status')`, prefixed with the extension id. */
export const tradecraftStatusId = `${extensionId}.tradecraft.status`;

export const draftFolder = 'assessments';
export const draftName = 'china-dprk-draft.assessment.md';

/** The screenshots the steps take, in order (a failed step adds failure-<id>.png). */
export const screenshotNames = [
  '01-draft-open',
  '02-squiggles',
  '03-problems-panel',
  '04-status-bar',
  '04-status-bar-item',
  '05-hover',
  '06-quick-fix-menu',
  '07-cited',
];

/** Fails the current step (or the set-up) with `message`. */
export function fail(message) {
  throw new Error(message);
}

/** The command line's JSON report for some paths (exit 1 only means findings). */
export function cliReport(paths) {
  return cliCheck(paths).report;
}

export function loadYaml() {
  // `yaml` is one of the extension's own dependencies.
  return createRequire(path.join(root, 'package.json'))('yaml');
}

/** The Tradecraft status item's text for n of m assertions sourced: the client's rounding, never 100% while one is unsourced. */
export function coverageText(n, m) {
  const percent = n < m ? Math.min(Math.round((100 * n) / m), 99) : Math.round((100 * n) / m);
  return { percent, text: `${n}/${m} sourced (${percent}%)` };
}

/** Source paragraphs as the samples count them: blocks between blank lines, the title line being ¶1. */
export function paragraphs(text) {
  return text.split(/\n[ \t]*\n/).map(normalizeSpace).filter((p) => p.length > 0);
}
