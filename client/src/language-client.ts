// The language client: which documents it serves, how the server is started,
// and the middleware that turns the server's code lens into a peek view. The
// client starts on first use and can be restarted from a command.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node.js';
import { openSourceParagraphCommand } from './open-source-paragraph.js';
import { CrashPolicy } from './crash-policy.js';
import { serverCommands, statusNotification } from './protocol.js';
import type { AssessmentStatusBar } from './status-bar.js';
import { showUnsourcedReferences } from './unsourced-references.js';

/** A document filter both VS Code and the LSP protocol accept. */
interface DocumentPattern {
  scheme: 'file';
  language?: string;
  pattern: string;
}

/** Assessments: Markdown files on disk named `*.assessment.md`. */
export const assessmentSelector: DocumentPattern = { scheme: 'file', language: 'markdown', pattern: '**/*.assessment.md' };

/** Claims schemas, whatever language mode the YAML file is in. */
export const schemaSelector: DocumentPattern = { scheme: 'file', pattern: '**/claims-schema.yaml' };

/** True for an assessment. */
export function isAssessment(document: vscode.TextDocument): boolean {
  return vscode.languages.match(assessmentSelector, document) > 0;
}

/** True for a document the server checks: an assessment or a claims schema. */
export function isTradecraftDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match([assessmentSelector, schemaSelector], document) > 0;
}

/** One language client, started on first use and replaced when it cannot restart. */
export class TradecraftClient {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly checked = new vscode.EventEmitter<void>();
  /** Fires after the server has checked an assessment (its status arrived). */
  readonly onDidCheck = this.checked.event;
  private readonly told = new vscode.EventEmitter<void>();
  /** What the analyst was told about the server stopping, in order (read by the extension's tests). */
  readonly crashNotices: string[] = [];
  /** Fires when a crash notice is shown. */
  readonly onDidTellCrash = this.told.event;

  constructor(
    private readonly serverModule: string,
    private readonly output: vscode.OutputChannel,
    private readonly statusBar: AssessmentStatusBar,
  ) {}

  /** Whether the client has been asked to start. */
  get requested(): boolean {
    return this.starting !== undefined;
  }

  /** The running client; the first call starts it. */
  get(): Promise<LanguageClient> {
    this.starting ??= this.start();
    return this.starting;
  }

  /** Restarts a running client; starts a fresh one if it never ran, failed or gave up. */
  async restart(): Promise<void> {
    const client = this.client;
    if (client?.state === State.Running) {
      await client.restart();
      return;
    }
    this.client = undefined;
    this.starting = undefined;
    if (client !== undefined) {
      await client.dispose().catch((error: unknown) => this.output.appendLine(`Discarding the previous client: ${String(error)}`));
    }
    await this.get();
  }

  /** Stops the server when the extension deactivates. */
  async stop(): Promise<void> {
    if (this.client?.state === State.Running) await this.client.stop();
  }

  private async start(): Promise<LanguageClient> {
    const client = createLanguageClient(this.serverModule, this.output, (message) => {
      this.crashNotices.push(message);
      this.told.fire();
      void vscode.window.showWarningMessage(message);
    });
    this.client = client;
    client.onNotification(statusNotification, (status) => {
      this.statusBar.update(status);
      this.checked.fire();
    });
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Stopped) this.statusBar.clear();
    });
    await client.start();
    return client;
  }
}

function createLanguageClient(serverModule: string, outputChannel: vscode.OutputChannel, tell: (message: string) => void): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [assessmentSelector, schemaSelector],
    diagnosticCollectionName: 'tradecraft',
    outputChannel,
    // The client already reports a failed start with a notification; the
    // channel itself opens only on request.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // The server pulls settings per document with workspace/configuration;
    // this only makes the client announce that they changed.
    synchronize: { configurationSection: 'tradecraft' },
    middleware: lensMiddleware(() => client),
    // Hover cards link every ¶n with a command URI that this extension handles; only that command is trusted.
    initializationOptions: { paragraphLinks: 'command' },
    markdown: { isTrusted: { enabledCommands: [openSourceParagraphCommand] } },
    errorHandler: crashHandler(new CrashPolicy(), tell),
  };
  const client = new LanguageClient('tradecraft', 'Tradecraft', serverOptions, clientOptions);
  return client;
}

/** Restarts a crashed server and tells the analyst once (CrashPolicy); read and write errors are retried as by default. */
function crashHandler(policy: CrashPolicy, tell: (message: string) => void): NonNullable<LanguageClientOptions['errorHandler']> {
  return {
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.onCrash();
      if (decision.tell) tell(decision.tell);
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, message: decision.log, handled: true };
    },
  };
}

/**
 * The server's code lens runs `tradecraft.server.listUnsourced` with `[uri]`.
 * The lens's position is added to its arguments when the lens arrives, so that
 * running it can peek the locations right below the lens; the server still
 * receives `[uri]` alone.
 */
function lensMiddleware(client: () => LanguageClient): Middleware {
  return {
    provideCodeLenses: async (document, token, next) => (await next(document, token))?.map(withLensPosition),
    resolveCodeLens: async (lens, token, next) => {
      const resolved = await next(lens, token);
      return resolved ? withLensPosition(resolved) : resolved;
    },
    executeCommand: async (command, args, next) => {
      if (command !== serverCommands.listUnsourced) return next(command, args);
      const [uri, position] = args as [string, vscode.Position | undefined];
      const locations = await next(command, [uri]);
      const at = position ? new vscode.Position(position.line, position.character) : new vscode.Position(0, 0);
      await showUnsourcedReferences(client(), client().protocol2CodeConverter.asUri(uri), at, locations);
    },
  };
}

function withLensPosition(lens: vscode.CodeLens): vscode.CodeLens {
  const command = lens.command;
  if (command?.command === serverCommands.listUnsourced && command.arguments?.length === 1) {
    command.arguments = [...command.arguments, lens.range.start];
  }
  return lens;
}
