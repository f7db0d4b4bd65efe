import type { AssessmentModel } from '../model/types.js';
import type { ClaimsSchema } from '../schema/types.js';
import type { RuleFinding } from './rule.js';

/**
 * The sources of a schema that none of the assessments using it cite, on the
 * source's key. A pure function of the schema and the cited keys, so the
 * command line can feed it the keys of a folder and the language server those
 * of the whole workspace. `citedKeys` undefined means no assessment is known
 * to use the schema: then nothing is reported, since every source would be.
 */
export function findUnusedSources(schema: ClaimsSchema, citedKeys: ReadonlySet<string> | undefined): RuleFinding[] {
  if (citedKeys === undefined) return [];
  return [...schema.sources.values()]
    .filter((source) => !citedKeys.has(source.key))
    .map((source) => ({
      code: 'unused-source' as const,
      message: `Source "${source.key}" is not cited by any assessment that uses this schema; cite it or remove it.`,
      span: source.keySpan,
      data: { kind: 'unused-source' as const, key: source.key },
    }));
}

/** The schema keys an assessment cites (pandoc keys, footnotes holding a key, links to a source's URL). */
export function citedKeysOf(model: AssessmentModel): ReadonlySet<string> {
  // Asked by the check (for unused-source) and again by the index summary of the same version: counted once.
  let keys = citedKeys.get(model);
  if (keys) return keys;
  const found = new Set<string>();
  for (const sentence of model.sentences) {
    for (const citation of sentence.citations) if (citation.key !== undefined) found.add(citation.key);
  }
  citedKeys.set(model, (keys = found));
  return keys;
}

const citedKeys = new WeakMap<AssessmentModel, ReadonlySet<string>>();

/** The union of several assessments' cited keys, or undefined when there are none (no assessment uses the schema). */
export function unionOfCitedKeys(perAssessment: Iterable<ReadonlySet<string>>): Set<string> | undefined {
  let union: Set<string> | undefined;
  for (const keys of perAssessment) {
    union ??= new Set();
    for (const key of keys) union.add(key);
  }
  return union;
}
