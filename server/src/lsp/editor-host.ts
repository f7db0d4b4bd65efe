// The core reads files through this host: the editor's open buffer first (so
// unsaved edits to a schema or source count at once), the disk second.
import type { TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceHost } from '../core/workspace-host.js';
import { createDiskHost } from '../node/disk-host.js';
import { pathOfUri } from './convert.js';
import type { WorkspaceFiles } from './workspace-files.js';

export function createEditorHost(documents: TextDocuments<TextDocument>, files: WorkspaceFiles): WorkspaceHost & { openDocument(path: string): TextDocument | undefined } {
  const disk = createDiskHost();
  const openDocument = (filePath: string): TextDocument | undefined => documents.all().find((doc) => pathOfUri(doc.uri) === filePath);
  return {
    openDocument,
    readText(filePath) {
      const open = openDocument(filePath);
      return open ? { text: open.getText() } : disk.readText(filePath);
    },
    fileExists: (filePath) => openDocument(filePath) !== undefined || disk.fileExists(filePath),
    listWorkspace: () => files.list(),
  };
}
