// Runs an end-to-end script's steps in order, one ✔/✖ line each (with the
// step's detail lines and notes under it), photographs the page when a step
// fails and skips the steps after it, and prints the summary line
// `<name>: N passed, M failed (T s)`. It also owns the run's clean-ups, which
// run once whether the run ends normally, on an error or on SIGINT/SIGTERM.
//
// A step is { id, name, run }: `run` is an async function of nothing that
// throws to fail and may return a detail line or a list of them.
import path from 'node:path';
import { root } from './paths.mjs';
import { normalizeSpace } from './workbench.mjs';

/** A runner for one script's steps; `name` prefixes its own messages and the summary line. */
export function createStepRunner(name) {
  const results = [];
  const started = Date.now();
  const notes = [];
  const cleanups = [];
  let cleaning;
  let interrupted;

  const cleanup = () => {
    cleaning ??= (async () => {
      for (const fn of cleanups.reverse()) {
        try {
          await fn();
        } catch (error) {
          console.error(`${name}: cleanup: ${error.message}`);
        }
      }
    })();
    return cleaning;
  };
  const onSignal = (signal) => {
    interrupted = signal;
    console.error(`${name}: ${signal}, cleaning up`);
    cleanup().finally(() => process.exit(1));
  };
  const count = (status) => results.filter((r) => r.status === status).length;

  return {
    /** Notes a step leaves for the reader: printed under its line once it passes. */
    notes,

    /** Adds a clean-up; they run in reverse order of adding. */
    atCleanup(fn) {
      cleanups.push(fn);
    },

    /** From now on SIGINT or SIGTERM runs the clean-ups and exits with 1. */
    handleSignals() {
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    },

    /** Runs the clean-ups (once, however often asked) and stops handling signals. */
    async finish() {
      await cleanup();
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    },

    /**
     * Runs the steps in order; after a failure, the rest are skipped. A failed
     * step leaves a screenshot of `page`, failure-<id>.png in `screenshotDir`.
     * Returns the failed step, if one did.
     */
    async runSteps(steps, { page, screenshotDir }) {
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
          const file = path.join(screenshotDir, `failure-${step.id}.png`);
          await page.screenshot({ path: file }).then(
            () => console.log(`    screenshot: ${path.relative(root, file)}`),
            () => {},
          );
        }
      }
      return failedStep;
    },

    /** Prints the summary line; returns the exit code: 0 when every step ran and passed. */
    printSummary() {
      const [passed, failed, skipped] = ['passed', 'failed', 'skipped'].map(count);
      console.log(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds(Date.now() - started)})`);
      return failed === 0 && skipped === 0 ? 0 : 1;
    },

    /** Reports an error that ended the run outside any step (set-up, say) as one more failure. */
    printError(error) {
      console.error(`${name}: ${error.message}`);
      console.log(`${name}: ${count('passed')} passed, 1 failed (${seconds(Date.now() - started)})`);
    },
  };
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
