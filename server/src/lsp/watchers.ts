// File watching is the client's job (LSP dynamic registration): the server asks
// for schemas, assessments and the source files its schemas name, and asks
// again when that list of source files changes.
import path from 'node:path';
import { DidChangeWatchedFilesNotification, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node.js';
import { uriOfPath } from './convert.js';
import type { Session } from './session.js';

export class FileWatchers {
  private registration?: Promise<Disposable>;
  private watchedSources = '';

  constructor(private readonly session: Session) {}

  /** Whether the client can watch files for us at all (VS Code can; Neovim 0.7 cannot). */
  get supported(): boolean {
    return this.session.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  }

  /** Registers watchers for the fixed patterns and these source files, replacing the previous ones. */
  async watch(sourceFiles: string[]): Promise<void> {
    const key = [...sourceFiles].sort().join('\n');
    if (!this.supported || (this.registration && key === this.watchedSources)) return;
    this.watchedSources = key;
    const previous = this.registration;
    this.registration = this.session.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: this.watchersFor(sourceFiles) });
    (await previous)?.dispose();
  }

  private watchersFor(sourceFiles: string[]): FileSystemWatcher[] {
    const relative = this.session.capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    const sources = sourceFiles.map((file): FileSystemWatcher => ({
      globPattern: relative ? { baseUri: uriOfPath(path.dirname(file)), pattern: path.basename(file) } : file,
    }));
    return [{ globPattern: '**/claims-schema.yaml' }, { globPattern: '**/*.assessment.md' }, ...sources];
  }
}
