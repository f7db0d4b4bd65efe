import path from 'node:path';
import { containedPath, isInside, type Contained } from '../containment.js';
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
 * the schema's folder (as written or through a symbolic link) or cannot be
 * read becomes a `source-file-missing` problem at its `file:` value, unread; the rest of the schema still works.
 */
export function readSourceFiles(schema: ClaimsSchema, schemaPath: string, host: WorkspaceHost, memo?: ContainmentMemo): { texts: SourceText[]; problems: SchemaProblem[] } {
  const root = path.dirname(schemaPath);
  const texts: SourceText[] = [];
  const problems: SchemaProblem[] = [];
  for (const source of schema.sources.values()) {
    if (source.file === undefined) continue;
    const span = source.fileSpan ?? source.keySpan;
    const contained = containedSource(root, source.file, host, memo);
    if ('refused' in contained) {
      problems.push({ code: 'source-file-missing', message: `Source file "${source.file}" of "${source.key}" ${contained.refused}; source files must stay inside the schema's folder, so it was not read.`, span });
      continue;
    }
    const read = host.readText(contained.path);
    if ('error' in read) problems.push({ code: 'source-file-missing', message: `Source file "${source.file}" of "${source.key}" cannot be read: ${read.error}.`, span });
    else texts.push({ key: source.key, path: contained.path, text: read.text });
  }
  return { texts, problems };
}


/** Where each source file was found to lead, with the stamp of the file then: valid while the stamp is unchanged. */
export type ContainmentMemo = Map<string, { stamp?: string; lexical: string; stampable: boolean; contained?: Contained }>;

/**
 * Resolving links costs two realpath calls per source, and every check of every
 * assessment loads its schema's sources: the answer is kept while the host's
 * stamp of the file is unchanged. A link pointed elsewhere changes the stamp
 * (the stat follows links), so the containment is checked again before any read.
 */
function containedSource(root: string, file: string, host: WorkspaceHost, memo: ContainmentMemo | undefined): Contained {
  // The path as written, resolved once per schema file (memo is per schema path): every keystroke loads all sources.
  let known = memo?.get(file);
  if (memo && !known) {
    const lexical = path.resolve(root, file);
    memo.set(file, (known = { lexical, stampable: host.stamp !== undefined && !path.isAbsolute(file) && isInside(root, lexical) }));
  }
  const stamp = known?.stampable ? host.stamp!(known.lexical) : undefined;
  if (stamp !== undefined && known?.stamp === stamp && known.contained) return known.contained;
  const contained = containedPath(root, root, file, host);
  if (stamp !== undefined) Object.assign(known!, { stamp, contained });
  return contained;
}
