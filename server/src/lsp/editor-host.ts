// The core reads files through this host: the editor's open buffer first (so
// unsaved edits to a schema or source count at once), the disk second, read
// again whenever a stat says the file changed (unlike the CLI's snapshot), so
// a file changed on disk counts and an unchanged one costs no read.
import type { TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceHost } from '../core/workspace-host.js';
import { isRegularFile, resolveLinks } from '../node/disk-host.js';
import { createStatCachedReader } from '../node/stat-cached-reader.js';
import { pathOfUri } from './convert.js';

const assessmentSuffix = '.assessment.md';
import type { WorkspaceFiles } from './workspace-files.js';

export interface EditorHost extends WorkspaceHost {
  openDocument(path: string): TextDocument | undefined;
  /** A file event: the file is stat-ed again on its next read. */
  forgetStat(path: string): void;
}

export function createEditorHost(documents: TextDocuments<TextDocument>, files: WorkspaceFiles): EditorHost {
  // Asked for every file a check reads (a schema, each of its sources): URIs are turned into paths once.
  const paths = new Map<string, string | undefined>();
  const pathOf = (uri: string): string | undefined => {
    if (!paths.has(uri)) {
      if (paths.size > 4096) paths.clear();
      paths.set(uri, pathOfUri(uri));
    }
    return paths.get(uri);
  };
  const openDocument = (filePath: string): TextDocument | undefined => documents.all().find((doc) => pathOf(doc.uri) === filePath);
  const disk = createStatCachedReader();
  // What a read may answer otherwise after: a file event, a buffer opened or closed, an edit to a buffer a
  // schema or source could be read from (an assessment's edits are the analyst's typing, which no schema reads).
  let changes = 0;
  const changed = ({ document }: { document: TextDocument }) => {
    if (!pathOf(document.uri)?.endsWith(assessmentSuffix)) changes++;
  };
  documents.onDidOpen(() => changes++);
  documents.onDidClose(() => changes++);
  documents.onDidChangeContent(changed);
  return {
    openDocument,
    readText(filePath) {
      const open = openDocument(filePath);
      return open ? { text: open.getText() } : disk.read(filePath);
    },
    fileExists: (filePath) => openDocument(filePath) !== undefined || isRegularFile(filePath),
    realPath: resolveLinks,
    stamp: (filePath) => disk.stamp(filePath),
    forgetStat: (filePath) => {
      changes++;
      disk.forget(filePath);
    },
    // Stats are trusted for a second; a tenth of a second of serving a schema again adds little to that.
    changeToken: () => `${changes}:${Math.floor(performance.now() / 100)}`,
    listWorkspace: () => files.list(),
  };
}
