// Checks files and publishes what was found: debounced per document while the
// analyst types, at once for files changed on disk, and for every file of the
// workspace on start. It remembers which schema and source files each check
// read, so a change to one of them re-checks exactly the files that depend on it.
import path from 'node:path';
import { CodeLensRefreshRequest, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver/node.js';
import { maxFileBytes } from '../node/disk-host.js';
import { isSchemaPath, type DocumentInput, type FileResult, type TradecraftService } from '../core/service.js';
import { CardWarmer } from './card-warmer.js';
import { CitationWatch } from './citation-watch.js';
import { TextPositions, toDiagnostic, uriOfPath } from './convert.js';
import { statusNotification, type StatusParams } from './protocol.js';
import { TypingPause } from './typing-pause.js';

/** What the checker records and publishes of a check. */
export type PublishedCheck = Pick<FileResult, 'kind' | 'stats' | 'schemaPath' | 'schemaProblem' | 'dependencies' | 'citedKeys'>;

/** What the checker needs to know of a file: its text and settings, or that it is gone or disabled. */
export type InputResolver = (filePath: string) => Promise<{ input: DocumentInput; enabled: boolean; uri: string; version?: number } | undefined>;

export class Checker {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly dependencies = new Map<string, string[]>();
  /**
   * The other way round, through groups: the files whose last check read the same
   * list (one list per schema version, shared by all its assessments), and for each
   * schema or source file the groups that read it. Thousands of assessments × hundreds
   * of sources stay a few entries per source.
   */
  private readonly groups = new Map<string[], Set<string>>();
  private readonly dependents = new Map<string, Set<string[]>>();
  private readonly published = new Set<string>();
  /** How long each file's recent checks took, and when it last changed: a keystroke after a pause or in a burst. */
  private readonly pause = new TypingPause();
  /** Builds the actor cards of open documents while the server is idle, so that a first hover is quick. */
  private readonly cards: CardWarmer;
  private readonly refused = new Set<string>();
  private readonly lensTitles = new Map<string, string>();
  private lensRefresh?: NodeJS.Immediate;
  /** Re-checks a schema when what its assessments cite changes, for `unused-source`. */
  private readonly citations = new CitationWatch((schemaPath) => {
    // Only a schema this server already checks; one outside the workspace gets no diagnostics it did not have.
    if (this.dependencies.has(schemaPath)) this.schedule(schemaPath);
  });

  constructor(
    private readonly connection: Connection,
    private readonly service: TradecraftService,
    private readonly resolve: InputResolver,
    /** Whether the client re-asks for code lenses when told to (workspace/codeLens/refresh). */
    private readonly canRefreshLenses: () => boolean = () => false,
  ) {
    this.cards = new CardWarmer(service);
  }

  /**
   * Checks a file after a pause in typing (typing-pause.ts), or `now`; a newer
   * call for the same file replaces the pending one. A change after a pause is
   * checked at once; changes that follow each other faster than the pause wait
   * until one is followed by a pause. The pause is as long as the file's recent
   * checks took, at least 10 ms.
   */
  schedule(filePath: string, when: 'now' | 'after-pause' = 'after-pause'): void {
    // A keystroke: cards wait for the next pause, so that its check does not wait for them.
    this.cards.activity();
    const pending = this.timers.has(filePath);
    clearTimeout(this.timers.get(filePath));
    const wait = this.pause.waitAfterChange(filePath, performance.now(), pending);
    this.timers.set(filePath, setTimeout(() => void this.check(filePath).catch((error) => this.report(filePath, error)), when === 'now' ? 0 : wait));
  }

  /** Checks a file now and publishes its diagnostics; returns what was found. */
  async check(filePath: string): Promise<FileResult | undefined> {
    this.timers.delete(filePath);
    const resolved = await this.resolve(filePath);
    if (!resolved || !resolved.enabled) {
      this.clear(filePath, resolved?.uri);
      return undefined;
    }
    const { input, uri, version } = resolved;
    if (input.text.length > maxFileBytes) return this.refuse(filePath, uri, input.text.length);
    const started = performance.now();
    const result = isSchemaPath(filePath)
      ? this.service.checkSchema(filePath, input.text, { ...input.options, citedKeys: this.service.citedKeysFor(filePath) })
      : this.service.checkAssessment(filePath, input.text, input.options);
    const positions = new TextPositions(input.text);
    this.publish(filePath, uri, version, result, result.findings.map((f) => toDiagnostic(f, positions)));
    this.pause.checked(filePath, performance.now() - started);
    if (version !== undefined && result.kind === 'assessment') this.cards.after(input);
    // Any check is work: idle-time cards wait for the next pause. A schema checked again may be a new version,
    // whose most mentioned actors are built again (a pass under way for the old one stops).
    else this.cards.activity();
    if (result.kind === 'schema') this.cards.afterSchemaChange(filePath);
    return result;
  }

  /** Records and publishes a check, made here or by a worker of the workspace check (workspace-pool.ts). */
  publish(filePath: string, uri: string, version: number | undefined, result: PublishedCheck, diagnostics: Diagnostic[]): void {
    this.refused.delete(filePath);
    this.citations.record(filePath, result);
    this.recordDependencies(filePath, result.dependencies);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.published.add(filePath);
    if (result.kind === 'assessment') {
      void this.connection.sendNotification(statusNotification, statusOf(uri, result));
      // Lenses are shown only in open editors: a workspace check of thousands of closed files asks for no refresh.
      if (version !== undefined) this.refreshLensWhenChanged(filePath, result);
    }
  }

  /** The files whose last check read this file (as schema or source), besides the file itself. */
  dependentsOf(filePath: string): string[] {
    return [...(this.dependents.get(filePath) ?? [])].flatMap((group) => [...(this.groups.get(group) ?? [])]);
  }

  /** Every keystroke asks who depends on the file typed in: kept as a reverse map, not found by a scan. */
  private recordDependencies(filePath: string, dependencies: string[] | undefined): void {
    const before = this.dependencies.get(filePath);
    if (before === dependencies) return;
    if (before) {
      const files = this.groups.get(before);
      files?.delete(filePath);
      if (files?.size === 0) {
        this.groups.delete(before);
        for (const dependency of before) {
          const groups = this.dependents.get(dependency);
          groups?.delete(before);
          if (groups?.size === 0) this.dependents.delete(dependency);
        }
      }
    }
    if (dependencies === undefined) {
      this.dependencies.delete(filePath);
      return;
    }
    this.dependencies.set(filePath, dependencies);
    let files = this.groups.get(dependencies);
    if (!files) {
      this.groups.set(dependencies, (files = new Set()));
      for (const dependency of dependencies) {
        let groups = this.dependents.get(dependency);
        if (!groups) this.dependents.set(dependency, (groups = new Set()));
        groups.add(dependencies);
      }
    }
    files.add(filePath);
  }

  /** The schema and source files a file's last check read. */
  dependenciesOf(filePath: string): string[] {
    return this.dependencies.get(filePath) ?? [];
  }

  /** The distinct lists of files that checks read (one per schema version, mostly). */
  dependencyLists(): string[][] {
    return [...this.groups.keys()];
  }

  /** Every file checked so far. */
  checkedFiles(): string[] {
    return [...this.dependencies.keys()];
  }

  /** The workspace is indexed: the cards of the actors most mentioned under these schemas are built in idle time. */
  afterIndexing(schemaPaths: readonly string[]): void {
    this.cards.afterIndexing(schemaPaths);
  }

  /** How many actor cards were built in idle time. */
  get preparedCards(): number {
    return this.cards.built;
  }

  /** A request on a document came in: idle-time work (the actor cards) waits until it is answered and a pause follows; call what this returns when it is. */
  requestStarted(): () => void {
    return this.cards.requestStarted();
  }

  /** Withdraws a file's diagnostics (deleted, disabled, or closed outside the workspace). */
  clear(filePath: string, uri = uriOfPath(filePath)): void {
    clearTimeout(this.timers.get(filePath));
    this.timers.delete(filePath);
    this.recordDependencies(filePath, undefined);
    // Nothing is kept for a file gone from view: a long session opens hundreds.
    this.pause.forget(filePath);
    this.cards.forget(filePath);
    this.lensTitles.delete(filePath);
    this.service.forget(filePath);
    this.citations.forget(filePath);
    if (this.published.delete(filePath)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * A lens asked for before the first check, or before a schema change re-checked
   * the file, shows stale figures until the editor asks again; so it is told to
   * when the figures change (once per turn of the event loop, however many files).
   */
  private refreshLensWhenChanged(filePath: string, result: PublishedCheck): void {
    const figures = JSON.stringify(result.stats);
    if (this.lensTitles.get(filePath) === figures) return;
    this.lensTitles.set(filePath, figures);
    if (!this.canRefreshLenses() || this.lensRefresh) return;
    this.lensRefresh = setImmediate(() => {
      this.lensRefresh = undefined;
      void this.connection.sendRequest(CodeLensRefreshRequest.type).catch((error) => this.report('code lenses', error));
    });
  }

  /** A file over the size limit is not checked; the analyst is told once, and nothing stale stays. */
  private refuse(filePath: string, uri: string, length: number): undefined {
    this.clear(filePath, uri);
    if (!this.refused.has(filePath)) {
      this.refused.add(filePath);
      const size = (length / 1024 / 1024).toFixed(1);
      const message = `Tradecraft does not check ${path.basename(filePath)}: ${size} MB is over its ${maxFileBytes / 1024 / 1024} MB limit.`;
      // A plain notification: window.showWarningMessage would be a request waiting on a button.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
    return undefined;
  }

  private report(filePath: string, error: unknown): void {
    this.connection.console.error(`Checking ${filePath} failed: ${error instanceof Error ? error.stack : String(error)}`);
  }

  /** Entries per map, for long-session tests. */
  sizes(): Record<string, number> {
    return { timers: this.timers.size, dependencies: this.dependencies.size, dependents: this.dependents.size, dependencyGroups: this.groups.size, published: this.published.size, timing: this.pause.size, refused: this.refused.size, lensTitles: this.lensTitles.size };
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

function statusOf(uri: string, result: PublishedCheck): StatusParams {
  return {
    uri,
    assertions: result.stats.assertions,
    sourcedAssertions: result.stats.sourcedAssertions,
    judgments: result.stats.judgments,
    schemaPath: result.schemaPath,
    schemaProblem: result.schemaProblem,
    noSchema: result.schemaPath === undefined && result.schemaProblem === undefined,
  };
}
