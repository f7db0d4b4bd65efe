// PLACEHOLDER: replaced by the navigation work.
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import type { Analysis } from './types.js';

/** An actor or source key under the cursor, the subject of references and rename. */
export interface SymbolTarget {
  kind: 'actor' | 'source';
  key: string;
  /** The span under the cursor that names it (a key, a mention, a citation key). */
  span: Span;
}

/** The actor or source named at an offset of an assessment. */
export function symbolAt(analysis: Analysis, offset: number): SymbolTarget | undefined {
  return undefined;
}

/** The actor or source key at an offset of the schema file (its key, an alias, a `related` entry). */
export function symbolInSchema(schema: LoadedSchema, offset: number): SymbolTarget | undefined {
  return undefined;
}
