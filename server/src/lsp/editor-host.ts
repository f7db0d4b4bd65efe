// The core reads files through this host: the editor's open buffer first (so
// unsaved edits to a schema or source count at once), the disk second, read
// afresh each time (unlike the CLI's snapshot) so a file changed on disk counts.
import type { TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceHost } from '../core/workspace-host.js';
import { isRegularFile, readTextFile, resolveLinks } from '../node/disk-host.js';
import { pathOfUri } from './convert.js';
import type { WorkspaceFiles } from './workspace-files.js';

export function createEditorHost(documents: TextDocuments<TextDocument>, files: WorkspaceFiles): WorkspaceHost & { openDocument(path: string): TextDocument | undefined } {
  const openDocument = (filePath: string): TextDocument | undefined => documents.all().find((doc) => pathOfUri(doc.uri) === filePath);
  return {
    openDocument,
    readText(filePath) {
      const open = openDocument(filePath);
      return open ? { text: open.getText() } : readTextFile(filePath);
    },
    fileExists: (filePath) => openDocument(filePath) !== undefined || isRegularFile(filePath),
    realPath: resolveLinks,
    listWorkspace: () => files.list(),
  };
}
