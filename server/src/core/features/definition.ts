import type { LoadedSchema } from '../service-types.js';
import { citationAt, mentionAt, touches } from './nav-find.js';
import { schemaLocation } from './nav-uses.js';
import type { Analysis, FileLocation } from './types.js';

/**
 * Citation → its schema entry, or with a `¶n` locator that paragraph of the
 * source file (the passage an analyst wants to read); actor mention → its
 * schema entry. Nothing for a key the schema does not define.
 */
export function definitionAt(analysis: Analysis, offset: number): FileLocation[] {
  const schema = analysis.schema;
  if (!schema) return [];
  const citation = citationAt(analysis.model, offset);
  if (citation) {
    const source = schema.schema.sources.get(citation.key);
    if (!source) return [];
    const passage = citation.paragraph === undefined ? undefined : paragraphLocation(schema, citation.key, citation.paragraph);
    return [passage ?? schemaLocation(schema, source.keySpan)];
  }
  const mention = mentionAt(analysis.model, offset);
  const actor = mention && schema.schema.actors.get(mention.actorKey);
  return actor ? [schemaLocation(schema, actor.keySpan)] : [];
}

/** In the schema: a `related` key → that actor's key; a source's `file:` value → the start of the source file. */
export function definitionInSchema(schema: LoadedSchema, offset: number): FileLocation[] {
  for (const actor of schema.schema.actors.values()) {
    const index = actor.relatedSpans.findIndex((span) => touches(span, offset));
    if (index < 0) continue;
    const related = schema.schema.actors.get(actor.related[index]);
    return related ? [schemaLocation(schema, related.keySpan)] : [];
  }
  for (const source of schema.schema.sources.values()) {
    if (!source.fileSpan || !touches(source.fileSpan, offset)) continue;
    const file = schema.sourceFiles.get(source.key);
    return file ? [{ path: file.path, text: file.text, span: { start: 0, end: 0 } }] : [];
  }
  return [];
}

/** Paragraph `n` of a source's file; undefined when the source has no readable file or no such paragraph. */
function paragraphLocation(schema: LoadedSchema, key: string, paragraph: number): FileLocation | undefined {
  const file = schema.sourceFiles.get(key);
  const found = schema.sourceIndexes.get(key)?.paragraphs.find((p) => p.number === paragraph);
  return file && found ? { path: file.path, text: file.text, span: found.span } : undefined;
}
