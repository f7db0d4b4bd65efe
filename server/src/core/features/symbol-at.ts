import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import { citationAt, mentionAt, touches } from './nav-find.js';
import type { Analysis } from './types.js';

/** An actor or source key under the cursor, the subject of references and rename. */
export interface SymbolTarget {
  kind: 'actor' | 'source';
  key: string;
  /** The span under the cursor that names it (a key, a mention, a citation key). */
  span: Span;
  /** What the cursor is on; rename accepts only keys, never prose names. */
  via: SymbolVia;
  /**
   * The assessment the cursor is in, analysed from the editor's current text,
   * so references and rename see unsaved changes to that document.
   */
  analysis?: Analysis;
}

/**
 * `citation-key`: the key of a `[@key]` (also inside a footnote definition);
 * `citation`: elsewhere in a citation (the bracket, `[^1]`, a link to a source URL);
 * `mention`: an actor's name or alias in prose; `schema-*`: a key, a `related`
 * entry or an alias in claims-schema.yaml.
 */
export type SymbolVia = 'citation-key' | 'citation' | 'mention' | 'schema-key' | 'schema-related' | 'schema-alias';

/** The actor or source named at an offset of an assessment. */
export function symbolAt(analysis: Analysis, offset: number): SymbolTarget | undefined {
  const citation = citationAt(analysis.model, offset);
  if (citation) {
    return { kind: 'source', key: citation.key, span: citation.span, via: citation.onKey ? 'citation-key' : 'citation', analysis };
  }
  const mention = mentionAt(analysis.model, offset);
  return mention && { kind: 'actor', key: mention.actorKey, span: mention.span, via: 'mention', analysis };
}

/** The actor or source key at an offset of the schema file (its key, an alias, a `related` entry). */
export function symbolInSchema(schema: LoadedSchema, offset: number): SymbolTarget | undefined {
  for (const source of schema.schema.sources.values()) {
    if (touches(source.keySpan, offset)) return { kind: 'source', key: source.key, span: source.keySpan, via: 'schema-key' };
  }
  for (const actor of schema.schema.actors.values()) {
    if (touches(actor.keySpan, offset)) return { kind: 'actor', key: actor.key, span: actor.keySpan, via: 'schema-key' };
    const related = actor.relatedSpans.findIndex((span) => touches(span, offset));
    if (related >= 0) return { kind: 'actor', key: actor.related[related], span: actor.relatedSpans[related], via: 'schema-related' };
    const alias = actor.aliasSpans.findIndex((span) => touches(span, offset));
    if (alias >= 0) return { kind: 'actor', key: actor.key, span: actor.aliasSpans[alias], via: 'schema-alias' };
  }
  return undefined;
}
