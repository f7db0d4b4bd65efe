// What workspace features need to know of every assessment, kept without its
// model: which schema it is checked against, which actors it mentions and
// which sources it cites. It is written by every analysis the service makes
// (the language server analyses each workspace file on start and on every file
// event, and each open buffer as it changes), so hover cards, references and
// rename read it and never walk the disk.
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

/** Whether an assessment uses a key of its schema, as an actor or as a source. */
export function summaryUses(summary: AssessmentSummary, key: string): boolean {
  return summary.actorKeys.has(key) || summary.citedKeys.has(key);
}
