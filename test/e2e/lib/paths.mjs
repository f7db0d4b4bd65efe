// Where the real-editor tests find the project, the offline tools and their
// scratch space.
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const toolsDir = path.join(root, 'e2e-tools');
/** Screenshots and logs; gitignored. */
export const outputDir = path.join(root, '.test-output', 'e2e');

const requireTool = createRequire(path.join(toolsDir, 'package.json'));

/** Loads a package installed by e2e-tools/install.sh, or says how to install it. */
export function loadTool(name) {
  try {
    return requireTool(name);
  } catch {
    throw new Error(`${name} is not installed: run e2e-tools/install.sh (it installs code-server and playwright-core offline)`);
  }
}

/** The VS Code server bundled in code-server. */
export function codeServerDir() {
  try {
    return path.dirname(requireTool.resolve('code-server/package.json'));
  } catch {
    throw new Error('code-server is not installed: run e2e-tools/install.sh');
  }
}

/** A fresh copy of samples/ in a temporary folder (its real path). */
export function copySamples() {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'tradecraft-e2e-ws-')));
  cpSync(path.join(root, 'samples'), dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh empty scratch folder. */
export function scratchDir(prefix) {
  return realpathSync(mkdtempSync(path.join(tmpdir(), `tradecraft-e2e-${prefix}-`)));
}

export function ensureOutputDir(sub = '') {
  const dir = path.join(outputDir, sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}
