// unused-source on the command line is folder-wide: a schema's sources are
// compared with what every assessment using it cites, among the files of this
// run and the assessments below the schema's own folder (so that checking
// only the schema, or one subfolder, does not call every source unused). The
// run's assessments give their cited keys as they finish (a small set per
// schema, also from worker threads); the schemas are checked last.
import { dirname } from 'node:path';
import type { TradecraftService } from '../core/service.js';
import type { WorkspaceHost } from '../core/workspace-host.js';
import { unionOfCitedKeys } from '../core/rules/unused-source.js';
import { collectTargets, type CheckTarget } from '../node/walk.js';
import { toCheckedFile } from './checked-file.js';
import type { RunSettings } from './check-target.js';
import type { RunTally } from './run-tally.js';

/**
 * The schemas of the run, once every assessment is done, each with the keys
 * its assessments cite.
 */
export function checkSchemas(targets: CheckTarget[], tally: RunTally, service: TradecraftService, host: WorkspaceHost, run: RunSettings, include: readonly string[]): void {
  const schemas = targets.flatMap((target, index) => (target.kind === 'schema' ? [{ index, target }] : []));
  schemas.forEach(({ target }) => tally.checkedPaths.add(target.absolutePath));
  for (const { index, target } of schemas) {
    const read = host.readText(target.absolutePath);
    if ('error' in read) {
      tally.checkedPaths.delete(target.absolutePath);
      tally.addSchema(index, target.absolutePath, undefined, `cannot read ${target.displayPath}: ${read.error}`);
      continue;
    }
    try {
      const citedKeys = citedKeysForSchema(target.absolutePath, tally, service, include);
      const result = service.checkSchema(target.absolutePath, read.text, { ...run.options, citedKeys });
      tally.addSchema(index, target.absolutePath, toCheckedFile(target, result, run.cwd, run.needs));
    } catch (error) {
      tally.addSchema(index, target.absolutePath, undefined, `internal error while checking ${target.displayPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function citedKeysForSchema(schemaPath: string, tally: RunTally, service: TradecraftService, include: readonly string[]): Set<string> | undefined {
  const walk = collectTargets([dirname(schemaPath)], '/', include);
  const below = 'missing' in walk ? [] : walk.targets.filter((t) => t.kind === 'assessment' && !tally.checkedPaths.has(t.absolutePath)).map((t) => t.absolutePath);
  const fromFolder = service.citedKeysFor(schemaPath, below);
  const inRun = tally.citedKeys.get(schemaPath);
  return unionOfCitedKeys([...(inRun ? [inRun] : []), ...(fromFolder ? [fromFolder] : [])]);
}
