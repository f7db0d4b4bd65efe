// What workspace features need to know of every assessment, kept without its
// model: which schema it is checked against, which actors it mentions and
// which sources it cites. It is written by every analysis the service makes
// (the language server analyses each workspace file on start and on every file
// event, and each open buffer as it changes), so hover cards, references and
// rename read it and never walk the disk.
import { CompactKeySet, type KeyInterner } from './compact-key-set.js';
import type { Analysis } from './features/types.js';
import { citedKeysOf } from './rules/unused-source.js';

/** One assessment as the workspace index holds it. */
export interface AssessmentSummary {
  path: string;
  schemaPath?: string;
  actorKeys: ReadonlySet<string>;
  citedKeys: ReadonlySet<string>;
}

export function summaryOf(analysis: Analysis): AssessmentSummary {
  const actorKeys = new Set<string>();
  for (const sentence of analysis.model.sentences) for (const mention of sentence.mentions) actorKeys.add(mention.actorKey);
  // Only the schema actually used counts: a refused or unreadable one checks nothing.
  return { path: analysis.path, schemaPath: analysis.schema?.path, actorKeys, citedKeys: citedKeysOf(analysis.model) };
}

/**
 * The summary as the index keeps it for as long as the file is there: its key
 * sets compact, its strings (keys, schema path) the copies already held for
 * other files (see compact-key-set.ts).
 */
export function compactSummary(summary: AssessmentSummary, interner: KeyInterner): AssessmentSummary {
  const { intern } = interner;
  return {
    path: summary.path,
    schemaPath: summary.schemaPath === undefined ? undefined : intern(summary.schemaPath),
    actorKeys: new CompactKeySet(summary.actorKeys, intern),
    citedKeys: new CompactKeySet(summary.citedKeys, intern),
  };
}

/** Whether an assessment uses a key of its schema, as an actor or as a source. */
export function summaryUses(summary: AssessmentSummary, key: string): boolean {
  return summary.actorKeys.has(key) || summary.citedKeys.has(key);
}
