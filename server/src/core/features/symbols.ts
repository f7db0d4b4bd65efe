// PLACEHOLDER: replaced by the navigation work.
import type { LoadedSchema } from '../service-types.js';
import type { Analysis, SymbolEntry } from './types.js';

/** The outline of an assessment: headings nested by depth, key judgments under their heading. */
export function documentSymbolsOf(analysis: Analysis): SymbolEntry[] {
  return [];
}

/** Actors and sources of the given schemas whose key or name matches the query. */
export function workspaceSymbolsOf(schemas: LoadedSchema[], query: string): SymbolEntry[] {
  return [];
}
