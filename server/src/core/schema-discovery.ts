// Which claims schema an assessment uses, and whether it may be read. A
// schema named in front matter comes from the (possibly untrusted) file, so
// it must stay inside the workspace folder, as written and through links.
import path from 'node:path';
import { containedPath, containedTarget, isInside } from './containment.js';
import { frontMatterBlock, schemaFromFrontMatter } from './model/front-matter.js';
import type { CheckOptions } from './service-types.js';
import type { WorkspaceHost } from './workspace-host.js';

/** The file name of the claims schema, found walking up from an assessment. */
export const schemaFileName = 'claims-schema.yaml';

/** The schema path for an assessment, and why it was not read when it was refused. */
export interface SchemaLocation {
  path?: string;
  /** Set when the path escapes the workspace folder: the schema is then never read. */
  refused?: string;
}

/**
 * A given schema (CLI --schema, the editor setting) is the user's own choice;
 * else front matter `schema:` (relative to the assessment); else the nearest
 * claims-schema.yaml walking up from the assessment's folder.
 */
export function locateSchema(assessmentPath: string, text: string, host: WorkspaceHost, options: CheckOptions = {}): SchemaLocation {
  if (options.schemaPath) return { path: options.schemaPath };
  const dir = path.dirname(assessmentPath);
  const root = options.workspaceRoot;
  const block = frontMatterBlock(text);
  const declared = block === undefined ? undefined : schemaFromFrontMatter(block);
  if (declared) {
    const resolved = path.resolve(dir, declared);
    if (root === undefined) return { path: resolved };
    const contained = containedPath(root, dir, declared, host);
    return 'refused' in contained
      ? { path: resolved, refused: `front matter schema "${declared}" ${contained.refused}; a schema named in front matter must stay inside the workspace folder, so it was not read` }
      : { path: resolved };
  }
  const found = nearestSchema(dir, host);
  if (found === undefined || root === undefined || !isInside(root, found)) return { path: found };
  const contained = containedTarget(root, found, host);
  return 'refused' in contained ? { path: found, refused: `${path.relative(root, found)} ${contained.refused}; it was not read` } : { path: found };
}

function nearestSchema(dir: string, host: WorkspaceHost): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const candidate = path.join(current, schemaFileName);
    if (host.fileExists(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}
