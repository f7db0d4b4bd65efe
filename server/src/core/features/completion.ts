// PLACEHOLDER: replaced by the completion work.
import type { LoadedSchema } from '../service-types.js';
import type { Analysis, CompletionEntry } from './types.js';

/** Completions at an offset of an assessment. */
export function completeAt(analysis: Analysis, offset: number): CompletionEntry[] {
  return [];
}

/** Completions at an offset of the schema file: actor keys in `related`. */
export function completeInSchema(schema: LoadedSchema, offset: number): CompletionEntry[] {
  return [];
}
