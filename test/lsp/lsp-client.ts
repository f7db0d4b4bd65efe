// A real LSP client for tests: spawns the built `tradecraft-lsp --stdio`
// binary and speaks JSON-RPC to it over its stdin and stdout, as Neovim or
// Helix would. Waiting is on events (a notification arrives), never on sleeps;
// the timeouts only turn a hang into a failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before } from 'node:test';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type CancellationToken, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkDoneProgress, type Diagnostic, type PublishDiagnosticsParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';

const root = path.resolve(import.meta.dirname, '../..');
export const serverBinary = path.join(root, 'dist/tradecraft-lsp.cjs');

/** A workspace copied into a temporary folder, addressed by paths relative to it. */
export interface TestWorkspace {
  dir: string;
  file(relative: string): string;
  uri(relative: string): string;
  read(relative: string): string;
  dispose(): void;
}

/** A copy of the bundled samples in a temporary folder, so tests may edit files freely. */
export function copySamples(): TestWorkspace {
  return copyWorkspace(path.join(root, 'samples'));
}

/** A copy of a fixture folder (plus extra files by relative path) in a fresh temporary folder. */
export function copyWorkspace(from: string, extra: Record<string, string> = {}): TestWorkspace {
  // The real path, so the paths the server reports compare equal to the ones tests build.
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'tradecraft-lsp-')));
  cpSync(from, dir, { recursive: true });
  for (const [relative, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
  const file = (relative: string) => path.join(dir, relative);
  return {
    dir,
    file,
    uri: (relative) => pathToFileURL(file(relative)).href,
    read: (relative) => readFileSync(file(relative), 'utf8'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * For a test suite: starts a server on `ws` before its tests and hands the
 * client to `started`; after them, stops the server and removes `ws`.
 */
export function serveDuringSuite(ws: TestWorkspace, started: (client: TestClient) => void): void {
  let client: TestClient | undefined;
  before(async () => {
    client = await TestClient.start(ws.dir);
    started(client);
  });
  after(async () => {
    await client?.stop();
    ws.dispose();
  });
}

export interface ClientOptions {
  /** The `tradecraft` settings the client answers workspace/configuration with (per scope URI). */
  settings?: (scopeUri: string | undefined) => unknown;
  /** Client capabilities merged over the defaults (one level deep). */
  capabilities?: Record<string, Record<string, unknown>>;
  initializationOptions?: unknown;
  /** Node options for the server process, before those of TRADECRAFT_SERVER_NODE_ARGS. */
  nodeArgs?: string[];
}

/** One spawned server and the client side of its connection. */
export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: Array<{ method: string; params: any }> = [];
  readonly registrations: Array<{ method: string; registerOptions: any }> = [];
  readonly stderr: string[] = [];
  private readonly listeners = new Set<() => void>();
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  settings: (scopeUri: string | undefined) => unknown;

  private constructor(readonly process: ChildProcess, readonly connection: MessageConnection, options: ClientOptions) {
    this.settings = options.settings ?? (() => ({}));
    connection.onNotification((method, params: any) => {
      this.notifications.push({ method, params });
      if (method === 'textDocument/publishDiagnostics') this.diagnostics.set(params.uri, params);
      this.listeners.forEach((listener) => listener());
    });
    connection.onRequest('workspace/configuration', (params: any) => params.items.map((item: any) => this.settings(item.scopeUri)));
    // vscode-jsonrpc routes $/progress by token, so each created token gets a listener that records it.
    connection.onRequest('window/workDoneProgress/create', ({ token }: { token: string | number }) => {
      this.watchProgress(token);
      return null;
    });
    connection.onRequest('client/registerCapability', (params: any) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => {
      this.notifications.push({ method: 'workspace/codeLens/refresh', params: null });
      this.listeners.forEach((listener) => listener());
      return null;
    });
    connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
  }

  /** Spawns the server and runs the initialize handshake on a workspace folder. */
  static async start(folder: string, options: ClientOptions = {}): Promise<TestClient> {
    // TRADECRAFT_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server under a test or the bench.
    const nodeArgs = process.env.TRADECRAFT_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...nodeArgs, serverBinary, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options);
    child.stderr!.on('data', (chunk) => client.stderr.push(String(chunk)));
    connection.listen();
    const capabilities = {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        codeLens: { refreshSupport: true },
      },
      window: { workDoneProgress: true },
      textDocument: { hover: { contentFormat: ['markdown'] }, rename: { prepareSupport: true } },
    };
    const areas = capabilities as Record<string, object>;
    for (const [area, values] of Object.entries(options.capabilities ?? {})) areas[area] = { ...areas[area], ...values };
    const folderUri = pathToFileURL(folder).href;
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'ws' }], capabilities, initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves when `predicate` holds after some notification (or already holds); fails after `ms`. */
  waitFor<T>(what: string, predicate: () => T | undefined | false, ms = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = predicate();
        if (value === undefined || value === false) return false;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(value as T);
        return true;
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join('')}`));
      }, ms);
      if (!check()) this.listeners.add(check);
    });
  }

  /** Waits for a publishDiagnostics for a URI that satisfies a predicate (newer than `after` notifications). */
  async diagnosticsFor(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, after = -1): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${path.basename(uri)}`, () => {
      const index = this.notifications.findLastIndex((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
      const latest = this.notifications[index]?.params;
      return index > after && latest && predicate(latest.diagnostics) ? latest.diagnostics as Diagnostic[] : undefined;
    });
  }

  /**
   * Waits for the diagnostics of exactly one version of a document (the latest
   * sent, by default): a check of an earlier version may still publish after an edit.
   */
  async diagnosticsOfVersion(uri: string, version = this.version(uri)): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of version ${version} of ${path.basename(uri)}`, () => {
      const found = this.notifications.findLast((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.version === version);
      return found ? (found.params.diagnostics as Diagnostic[]) : undefined;
    });
  }

  /** The index of the latest notification, to wait for something newer. */
  mark(): number {
    return this.notifications.length - 1;
  }

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends an incremental change: replaces `find` (first occurrence) with `replace`. */
  replace(uri: string, find: string, replace: string): string {
    const text = this.texts.get(uri)!;
    const start = text.indexOf(find);
    if (start < 0) throw new Error(`"${find}" not in ${uri}`);
    const doc = TextDocument.create(uri, 'markdown', 0, text);
    const range = { start: doc.positionAt(start), end: doc.positionAt(start + find.length) };
    const version = this.versions.get(uri)! + 1;
    const next = text.slice(0, start) + replace + text.slice(start + find.length);
    this.versions.set(uri, version);
    this.texts.set(uri, next);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: replace }] });
    return next;
  }

  /** The version of an open document the client last sent. */
  version(uri: string): number {
    return this.versions.get(uri)!;
  }

  textOf(uri: string): string {
    return this.texts.get(uri)!;
  }

  request<R>(method: string, params: unknown, token?: CancellationToken): Promise<R> {
    return (token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params)) as Promise<R>;
  }

  /** Records the `$/progress` of a token (one the server created, or a request's `workDoneToken`) as notifications. */
  watchProgress(token: string | number): void {
    this.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      this.notifications.push({ method: '$/progress', params: { token, value } });
      this.listeners.forEach((listener) => listener());
    });
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Shuts the server down politely and waits for the process to exit. */
  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

/** Applies LSP text edits to a text, as an editor would. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), edits);
}

/** Applies a workspace edit's changes for one URI to a text. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  return applyTextEdits(text, edit.changes?.[uri] ?? []);
}

/** Where a string starts in a text, as an LSP position (plus an offset into the string). */
export function positionOf(text: string, find: string, plus = 0): { line: number; character: number } {
  const offset = text.indexOf(find);
  if (offset < 0) throw new Error(`"${find}" not found`);
  return TextDocument.create('file:///x', 'markdown', 0, text).positionAt(offset + plus);
}
