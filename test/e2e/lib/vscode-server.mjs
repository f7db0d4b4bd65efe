// Starts the VS Code 1.100.3 server that code-server bundles, in its own
// process group with scratch HOME, XDG and TMPDIR folders, and ends the whole
// group on stop (a SIGTERM to the main process alone leaves file watchers
// and extension hosts behind).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { codeServerDir, scratchDir } from './paths.mjs';

const readyLine = /Web UI available at/;
const startTimeoutMs = 60_000;

/** A free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Installs a .vsix into an extensions folder with code-server's own command
 * line (no network: the file is local).
 */
export function installVsix(vsix, extensionsDir) {
  const entry = path.join(codeServerDir(), 'out', 'node', 'entry.js');
  const home = scratchDir('install-home');
  const result = spawnSync(process.execPath, [entry, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share') },
    timeout: 120_000,
  });
  rmSync(home, { recursive: true, force: true });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Starts the server. `extensionsDir` is where installed extensions live
 * (empty for the extension development tests). Resolves once the server
 * listens; `log` receives every line it prints.
 */
export async function startVsCodeServer({ extensionsDir, log = () => {} } = {}) {
  const port = await freePort();
  const scratch = scratchDir('server');
  const dirs = {
    home: path.join(scratch, 'home'),
    tmp: path.join(scratch, 'tmp'),
    serverData: path.join(scratch, 'server-data'),
    userData: path.join(scratch, 'user-data'),
    extensions: extensionsDir ?? path.join(scratch, 'extensions'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });

  const serverMain = path.join(codeServerDir(), 'lib', 'vscode', 'out', 'server-main.js');
  const args = [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir', dirs.serverData,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  // The extension host inherits this environment.
  const env = {
    ...process.env,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local/share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
  };
  // detached: the server leads a new process group, which stop() ends whole.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));

  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the VS Code server did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    const onLine = (line) => {
      log(line);
      if (readyLine.test(line)) { clearTimeout(timer); resolve(); }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop();
        lines.forEach(onLine);
      });
    }
    exit.then(({ code, signal }) => { clearTimeout(timer); reject(new Error(`the VS Code server exited before it was ready (${code ?? signal})`)); });
  });
  ready.catch(() => {});

  const stop = async () => {
    killGroup(child.pid, 'SIGTERM');
    const ended = await Promise.race([exit.then(() => true), delay(5_000).then(() => false)]);
    // Whatever is left of the group (watchers, extension hosts) goes too.
    killGroup(child.pid, 'SIGKILL');
    if (!ended && !exited) await exit;
    rmSync(scratch, { recursive: true, force: true });
  };

  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, origin: `http://127.0.0.1:${port}`, authority: `127.0.0.1:${port}`, stop };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

// A bounded wait for the server's exit while stopping, not a sleep in a test.
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
