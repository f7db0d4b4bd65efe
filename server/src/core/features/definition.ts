// PLACEHOLDER: replaced by the navigation work.
import type { LoadedSchema } from '../service-types.js';
import type { Analysis, FileLocation } from './types.js';

/** Citation → its schema entry (with `¶n`: that paragraph of the source file); actor → its schema entry. */
export function definitionAt(analysis: Analysis, offset: number): FileLocation[] {
  return [];
}

/** In the schema: a `related` key → that actor; a `file:` value → the source file. */
export function definitionInSchema(schema: LoadedSchema, offset: number): FileLocation[] {
  return [];
}
