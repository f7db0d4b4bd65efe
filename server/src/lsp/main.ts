// `tradecraft-lsp --stdio` (or --node-ipc, --socket=N, --pipe=NAME): the
// language server for any LSP client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { toolVersion } from '../tool-info.js';
import { startServer } from './server.js';
import { useWorkspaceWorkers } from './workspace-check.js';
import { isWorkspaceWorker, serveWorkspaceWork } from './workspace-worker.js';

const usage = `Usage: tradecraft-lsp --stdio
  Starts the Tradecraft language server. Editors start it for you; see the README
  for Neovim, Emacs and Helix. Transports: --stdio, --node-ipc, --socket=PORT, --pipe=NAME.`;

const args = process.argv.slice(2);
if (isWorkspaceWorker()) {
  serveWorkspaceWork();
} else if (args.includes('--version')) {
  process.stdout.write(`${toolVersion}\n`);
} else if (args.includes('--help') || !args.some((arg) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(arg))) {
  process.stderr.write(`${usage}\n`);
  process.exitCode = args.includes('--help') ? 0 : 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  // A bug in one check must never take the editor's server down mid-sentence: log it and go on.
  process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error}`));
  process.on('unhandledRejection', (error) => connection.console.error(`Unexpected error: ${String(error)}`));
  // The bundle itself (CommonJS, so __filename): a worker started from it indexes and checks the workspace.
  useWorkspaceWorkers(typeof __filename === 'string' ? __filename : undefined);
  startServer(connection);
}
