// Debian's Chromium driven by playwright-core: no browser download.
import { existsSync } from 'node:fs';
import { loadTool } from './paths.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless, and quiet on a machine with no network: without the background
// networking flags Chromium keeps trying to reach Google's hosts.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath} (Debian: apt-get install chromium, or set CHROMIUM_PATH)`);
  }
  const { chromium } = loadTool('playwright-core');
  // Playwright would otherwise answer Ctrl+C by closing the browser and
  // exiting at once, before the runner has stopped its VS Code server.
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
