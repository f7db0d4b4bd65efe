// Completion: decides what is being typed at the cursor (a citation key, a
// `¶n` locator, a word of prose, a `related` entry) and asks the matching
// module for entries.
import type { LoadedSchema } from '../service-types.js';
import { locatorCompletions, sourceKeyCompletions } from './completion-citations.js';
import { citationContextAt } from './completion-context.js';
import { proseCompletions } from './completion-prose.js';
import { relatedCompletions } from './completion-schema.js';
import { suppressionCompletions } from './completion-suppress.js';
import type { Analysis, CompletionEntry } from './types.js';

/** Completions at an offset of an assessment. */
export function completeAt(analysis: Analysis, offset: number): CompletionEntry[] {
  const frontMatter = analysis.model.frontMatter.span;
  if (frontMatter && offset >= frontMatter.start && offset <= frontMatter.end) return [];
  const suppression = suppressionCompletions(analysis.text, offset);
  if (suppression) return suppression;
  const citation = citationContextAt(analysis.text, offset);
  if (citation?.kind === 'source-key') return sourceKeyCompletions(analysis.schema, citation.partial);
  if (citation?.kind === 'locator') return locatorCompletions(analysis.schema, citation.key, citation.partial);
  return proseCompletions(analysis, offset);
}

/** Completions at an offset of the schema file: actor keys in `related`. */
export function completeInSchema(schema: LoadedSchema, offset: number): CompletionEntry[] {
  return relatedCompletions(schema, offset);
}
