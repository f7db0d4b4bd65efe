// The extension test suite's entry point, in the layout @vscode/test-electron
// expects: VS Code's extension host loads this module and awaits `run()`.
// The same bundle runs in desktop VS Code (npm run test:vscode) and in the
// VS Code server driven by Chromium (npm run test:e2e).
import Mocha from 'mocha';
import { registerActivationSuite } from './suite/activation.js';
import { registerCommandSuite } from './suite/commands.js';
import { registerCrashSuite } from './suite/crash.js';
import { registerEditingSuite } from './suite/editing.js';
import { registerFeatureSuite } from './suite/features.js';
import { registerParagraphLinkSuite } from './suite/paragraph-links.js';
import { registerNavigationSuite } from './suite/navigation.js';
import { registerReportSuite } from './suite/report.js';
import { registerSettingsSuite } from './suite/settings.js';

export function run(): Promise<void> {
  // Waits inside the tests have their own, clearer timeouts.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'tradecraft-extension-tests', mocha);
  // In order: activation opens the draft the other suites work on.
  registerActivationSuite();
  registerFeatureSuite();
  registerParagraphLinkSuite();
  registerNavigationSuite();
  registerEditingSuite();
  registerSettingsSuite();
  registerCommandSuite();
  registerReportSuite();
  // Last: it kills the server.
  registerCrashSuite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} extension test${failures === 1 ? '' : 's'} failed`));
      else resolve();
    });
  });
}
