// Which sources the assessments using a schema cite, for `unused-source`.
// Each assessment text is parsed at most once per version for this: an
// analysis the service already holds for the same text is reused.
import type { AssessmentModel } from './model/types.js';
import { citedKeysOf, unionOfCitedKeys } from './rules/unused-source.js';
import type { WorkspaceHost } from './workspace-host.js';

/** What the usage index needs from the service: discovery, a held analysis, a fresh model. */
export interface SchemaUsageDeps {
  host: WorkspaceHost;
  schemaPathFor(assessmentPath: string, text: string): string | undefined;
  /** The analysis already held for a path, when it is of this text. */
  heldAnalysis(assessmentPath: string, text: string): { schemaPath?: string; model: AssessmentModel } | undefined;
  buildModel(text: string, schemaPath: string | undefined): AssessmentModel;
}

export interface SchemaUsage {
  /** The keys cited by those of the assessments that use this schema; undefined when none does. */
  citedKeysFor(schemaPath: string, assessments: readonly string[]): Set<string> | undefined;
  clear(): void;
}

interface Usage {
  text: string;
  schemaPath?: string;
  keys: ReadonlySet<string>;
}

export function createSchemaUsage(deps: SchemaUsageDeps): SchemaUsage {
  const cache = new Map<string, Usage>();
  const usageOf = (assessmentPath: string): Usage | undefined => {
    const read = deps.host.readText(assessmentPath);
    if ('error' in read) return undefined;
    const cached = cache.get(assessmentPath);
    if (cached && cached.text === read.text) return cached;
    const held = deps.heldAnalysis(assessmentPath, read.text);
    const schemaPath = held ? held.schemaPath : deps.schemaPathFor(assessmentPath, read.text);
    const model = held?.model ?? deps.buildModel(read.text, schemaPath);
    const usage = { text: read.text, schemaPath, keys: citedKeysOf(model) };
    cache.set(assessmentPath, usage);
    return usage;
  };
  return {
    citedKeysFor(schemaPath, assessments) {
      const users = [...new Set(assessments)].flatMap((p) => usageOf(p) ?? []).filter((u) => u.schemaPath === schemaPath);
      return unionOfCitedKeys(users.map((u) => u.keys));
    },
    clear: () => cache.clear(),
  };
}
