// Feature tests build a workspace in memory and mark the cursor in the text
// with ‸, the way vscode-markdown-languageservice's tests do.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createTradecraftService, type DocumentInput, type TradecraftService } from '../../server/src/core/service.js';
import type { ReadResult, WorkspaceHost } from '../../server/src/core/workspace-host.js';

/** The cursor marker in test texts. */
export const cursor = '‸';

/** Removes the cursor marker, returning the text and the marker's offset. */
export function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(cursor);
  if (offset < 0) throw new Error('test text has no ‸ cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + cursor.length), offset };
}

/** A workspace held in memory: files by absolute path; assessments and schemas listed by name. */
export function memoryWorkspace(files: Record<string, string>): { host: WorkspaceHost; service: TradecraftService; files: Record<string, string> } {
  const host: WorkspaceHost = {
    readText: (p): ReadResult => (p in files ? { text: files[p] } : { error: 'no such file' }),
    fileExists: (p) => p in files,
    // As the language server lists them: the same lists until a file comes or goes, which caches may rely on.
    listWorkspace: () => {
      const names = Object.keys(files).sort();
      if (listed?.names.join('\n') !== names.join('\n')) {
        listed = { names, lists: { assessments: names.filter((p) => p.endsWith('.assessment.md')), schemas: names.filter((p) => path.basename(p) === 'claims-schema.yaml') } };
      }
      return listed.lists;
    },
  };
  let listed: { names: string[]; lists: { assessments: string[]; schemas: string[] } } | undefined;
  return { host, service: createTradecraftService(host), files };
}

const samplesRoot = path.resolve(import.meta.dirname, '../../samples');

/** The bundled samples (schema, sources, both assessments) as an in-memory workspace under /ws. */
export function samplesWorkspace(extra: Record<string, string> = {}): ReturnType<typeof memoryWorkspace> {
  const names = [
    'claims-schema.yaml',
    'sources/china-dprk-troops-brief.md',
    'sources/mfa-briefing-2024-10-24.md',
    'sources/tg-frontline-capture-2024-11-18.md',
    'assessments/china-dprk-clean.assessment.md',
    'assessments/china-dprk-draft.assessment.md',
  ];
  const files: Record<string, string> = {};
  for (const name of names) files[`/ws/${name}`] = readFileSync(path.join(samplesRoot, name), 'utf8');
  return memoryWorkspace({ ...files, ...extra });
}

/** A document of the workspace with the cursor marker removed. */
export function markedDocument(filePath: string, marked: string): { doc: DocumentInput; offset: number } {
  const { text, offset } = atCursor(marked);
  return { doc: { path: filePath, text }, offset };
}

/** Applies one file's edits (offsets into its text) the way an editor would, last edit first. */
export function applyEdits(text: string, edits: Array<{ span: { start: number; end: number }; newText: string }>): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((out, e) => out.slice(0, e.span.start) + e.newText + out.slice(e.span.end), text);
}
