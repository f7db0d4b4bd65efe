// Completions inside a pandoc citation: the schema's source keys after `[@`
// or `; @`, and the `¶n` paragraphs of the cited source after `[@key, `.
import type { SourceEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import { escapeMarkdown, shorten } from './hover-markdown.js';
import { sourceCard } from './hover-source.js';
import type { CompletionEntry } from './types.js';

/** Enough of a paragraph to recognise it in the list. */
const EXCERPT_CHARS = 70;
/** The documentation shows more, but not a whole page. */
const DOCUMENTATION_CHARS = 600;

/** Every source key of the schema, replacing the partial key typed so far. */
export function sourceKeyCompletions(loaded: LoadedSchema | undefined, partial: Span): CompletionEntry[] {
  if (!loaded) return [];
  return [...loaded.schema.sources.values()].map((source) => ({
    label: source.key,
    kind: 'source',
    detail: sourceDetail(source),
    documentation: sourceCard(source, loaded),
    insertText: source.key,
    span: partial,
    sortText: source.key,
  }));
}

/** One `¶n` entry per paragraph of an indexed source, with a short excerpt as detail. */
export function locatorCompletions(loaded: LoadedSchema | undefined, key: string, partial: Span): CompletionEntry[] {
  const index = loaded?.sourceIndexes.get(key);
  if (!index) return [];
  return index.paragraphs.map((paragraph) => ({
    label: `¶${paragraph.number}`,
    kind: 'locator',
    detail: shorten(paragraph.text, EXCERPT_CHARS),
    documentation: `> ${escapeMarkdown(shorten(paragraph.text, DOCUMENTATION_CHARS))}`,
    insertText: `¶${paragraph.number}`,
    span: partial,
    // Zero-padded so ¶10 sorts after ¶9, not after ¶1.
    sortText: String(paragraph.number).padStart(5, '0'),
    filterText: `¶${paragraph.number}`,
  }));
}

/** `title · date`, or whichever of the two the schema gives. */
function sourceDetail(source: SourceEntry): string | undefined {
  const parts = [source.title, source.date].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
