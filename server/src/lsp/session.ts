// One language-server session: the open documents, the workspace's files, the
// core service over an editor host, settings and the checker. Handlers reach
// everything through it.
import path from 'node:path';
import { TextDocuments, type ClientCapabilities, type Connection, type Position } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTradecraftService, isSchemaPath, type DocumentInput, type TradecraftService } from '../core/service.js';
import { maxFileBytes } from '../node/disk-host.js';
import { Checker } from './checker.js';
import { pathOfUri, TextPositions, uriOfPath } from './convert.js';
import { createEditorHost } from './editor-host.js';
import { HandlingTimes } from './handling-times.js';
import { checkOptionsOf, createSettingsStore, type SettingsStore } from './settings.js';
import { WorkspaceFiles } from './workspace-files.js';

/** An open document ready for a feature: its input to the core and position conversions. */
export interface OpenDocument {
  uri: string;
  input: DocumentInput;
  positions: TextPositions;
  offset(position: Position): number;
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly files = new WorkspaceFiles();
  readonly host = createEditorHost(this.documents, this.files);
  // The workspace check indexes every file; a hover meanwhile counts what is indexed so far, at once.
  readonly service: TradecraftService = createTradecraftService(this.host, { indexOnDemand: false });
  readonly settings: SettingsStore;
  readonly checker: Checker;
  /** How long each kind of request took to answer here (tradecraft/debugStatus). */
  readonly handlingTimes = new HandlingTimes();
  capabilities: ClientCapabilities = {};
  initializationOptions: unknown;
  /** Settings a client pushed with didChangeConfiguration (`{ tradecraft: … }`), for clients that cannot be asked. */
  pushedSettings: unknown;

  constructor(readonly connection: Connection) {
    this.settings = createSettingsStore(
      connection,
      () => this.capabilities.workspace?.configuration === true,
      // Clients that do not answer workspace/configuration (Neovim 0.7 does not say it can) push
      // their settings with didChangeConfiguration, or pass them at initialize.
      () => this.pushedSettings ?? (this.initializationOptions as { settings?: unknown } | undefined)?.settings,
    );
    this.checker = new Checker(
      connection,
      this.service,
      (filePath) => this.checkInput(filePath),
      () => this.capabilities.workspace?.codeLens?.refreshSupport === true,
    );
  }

  /**
   * How hover cards link `¶n`: the VS Code extension asks for command links at
   * initialize (it registers the command and trusts it); any other client
   * gets `file:` URIs with a `#L` line, which need nothing from the client.
   */
  get paragraphLinks(): 'command' | 'file' {
    return (this.initializationOptions as { paragraphLinks?: unknown } | undefined)?.paragraphLinks === 'command' ? 'command' : 'file';
  }

  /**
   * Runs a request's answer: the actor cards built in idle time (card-warmer.ts)
   * wait until it is answered and a pause has passed. `kind` names the request in `handlingTimes`.
   */
  async answering<T>(kind: string, answer: () => Promise<T>): Promise<T> {
    const answered = this.checker.requestStarted();
    const started = performance.now();
    try {
      return await answer();
    } finally {
      this.handlingTimes.record(kind, performance.now() - started);
      answered();
    }
  }

  /** An open document with its settings, or undefined when it is not ours or Tradecraft is disabled for it. */
  async open(uri: string): Promise<OpenDocument | undefined> {
    const document = this.documents.get(uri);
    const filePath = pathOfUri(uri);
    if (!document || !filePath || !isCheckable(filePath) || document.getText().length > maxFileBytes) return undefined;
    const settings = await this.settings.get(uri);
    if (!settings.enable) return undefined;
    const positions = new TextPositions(document.getText());
    const options = { ...checkOptionsOf(settings, filePath, this.files.roots), paragraphLinks: this.paragraphLinks, editing: true };
    const input = { path: filePath, text: document.getText(), options };
    return { uri, input, positions, offset: (position) => positions.offset(position) };
  }

  /** The URI to publish a file's diagnostics under: the open document's own, else one made from the path. */
  uriOf(filePath: string): string {
    return this.host.openDocument(filePath)?.uri ?? uriOfPath(filePath);
  }

  /** A file's current text (the open buffer, else the disk) with its settings: what a check of it reads. */
  async checkInput(filePath: string) {
    const open = this.host.openDocument(filePath);
    const uri = open?.uri ?? uriOfPath(filePath);
    const read = open ? { text: open.getText() } : this.host.readText(filePath);
    if ('error' in read) return undefined;
    const settings = await this.settings.get(uri);
    // An open buffer keeps its parse tree from its first check (the first keystroke re-parses only what it touched).
    const input = { path: filePath, text: read.text, options: { ...checkOptionsOf(settings, filePath, this.files.roots), editing: open !== undefined } };
    return { input, enabled: settings.enable, uri, version: open?.version };
  }
}

/** Assessments and schemas are checked; any other file (a source text) only matters to those that cite it. */
export function isCheckable(filePath: string): boolean {
  return isSchemaPath(filePath) || path.basename(filePath).endsWith('.assessment.md');
}
