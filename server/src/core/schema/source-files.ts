import path from 'node:path';
import type { WorkspaceHost } from '../workspace-host.js';
import type { ClaimsSchema, SchemaProblem } from './types.js';

/** A source's text, read once per schema version. */
export interface SourceText {
  key: string;
  path: string;
  text: string;
}

/**
 * Reads every source `file:` of a schema through the host. A file that escapes
 * the schema's folder or cannot be read becomes a `source-file-missing` problem
 * at its `file:` value; the rest of the schema still works.
 */
export function readSourceFiles(schema: ClaimsSchema, schemaPath: string, host: WorkspaceHost): { texts: SourceText[]; problems: SchemaProblem[] } {
  const root = path.dirname(schemaPath);
  const texts: SourceText[] = [];
  const problems: SchemaProblem[] = [];
  for (const source of schema.sources.values()) {
    if (source.file === undefined) continue;
    const span = source.fileSpan ?? source.keySpan;
    const resolved = resolveSourcePath(root, source.file);
    if (!resolved) {
      problems.push({ code: 'source-file-missing', message: `Source file "${source.file}" of "${source.key}" is outside the schema's folder; source files must stay inside it.`, span });
      continue;
    }
    const read = host.readText(resolved);
    if ('error' in read) problems.push({ code: 'source-file-missing', message: `Source file "${source.file}" of "${source.key}" cannot be read: ${read.error}.`, span });
    else texts.push({ key: source.key, path: resolved, text: read.text });
  }
  return { texts, problems };
}

/** The absolute path of a source file, or undefined when it escapes the schema's folder. */
export function resolveSourcePath(root: string, file: string): string | undefined {
  if (path.isAbsolute(file)) return undefined;
  const resolved = path.resolve(root, file);
  const relative = path.relative(root, resolved);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : resolved;
}
