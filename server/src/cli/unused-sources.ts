// unused-source on the command line is folder-wide: a schema's sources are
// compared with what every assessment using it cites, among the files of this
// run and the assessments below the schema's own folder (so that checking
// only the schema, or one subfolder, does not call every source unused).
import { dirname } from 'node:path';
import type { CheckOptions, FileResult, TradecraftService } from '../core/service.js';
import { unionOfCitedKeys } from '../core/rules/unused-source.js';
import { collectTargets, type CheckTarget } from '../node/walk.js';

interface Checked {
  target: CheckTarget;
  result: FileResult;
}

/** Checks each schema of the run again with its assessments' cited keys, replacing its result. */
export function withUnusedSources(results: Checked[], service: TradecraftService, options: CheckOptions, include: readonly string[]): Checked[] {
  return results.map((checked) => {
    if (checked.result.kind !== 'schema') return checked;
    const citedKeys = citedKeysForSchema(checked.result.path, results, service, include);
    return { ...checked, result: service.checkSchema(checked.result.path, checked.result.text, { ...options, citedKeys }) };
  });
}

function citedKeysForSchema(schemaPath: string, results: Checked[], service: TradecraftService, include: readonly string[]): Set<string> | undefined {
  const inRun = results.filter(({ result }) => result.kind === 'assessment' && result.schemaPath === schemaPath);
  const checkedPaths = new Set(results.map(({ result }) => result.path));
  const walk = collectTargets([dirname(schemaPath)], '/', include);
  const below = 'missing' in walk ? [] : walk.targets.filter((t) => t.kind === 'assessment' && !checkedPaths.has(t.absolutePath)).map((t) => t.absolutePath);
  const fromFolder = service.citedKeysFor(schemaPath, below);
  return unionOfCitedKeys([...inRun.map(({ result }) => new Set(result.citedKeys)), ...(fromFolder ? [fromFolder] : [])]);
}
