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
import type { WorkspaceFiles } from './workspace-files.js';

export function createEditorHost(documents: TextDocuments<TextDocument>, files: WorkspaceFiles): WorkspaceHost & { openDocument(path: string): TextDocument | undefined } {
  const openDocument = (filePath: string): TextDocument | undefined => documents.all().find((doc) => pathOfUri(doc.uri) === filePath);
  const disk = createStatCachedReader();
  return {
    openDocument,
    readText(filePath) {
      const open = openDocument(filePath);
      return open ? { text: open.getText() } : disk.read(filePath);
    },
    fileExists: (filePath) => openDocument(filePath) !== undefined || isRegularFile(filePath),
    realPath: resolveLinks,
    listWorkspace: () => files.list(),
  };
}
