import type { Heading, Sentence } from '../model/types.js';
import type { ActorEntry, SourceEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import { schemaLocation } from './nav-uses.js';
import type { Analysis, SymbolEntry } from './types.js';

/**
 * The outline of an assessment: headings nested by depth, key judgments under
 * their nearest heading (top level before the first heading). A heading's
 * location is its whole section, up to the next heading of the same or a higher level.
 */
export function documentSymbolsOf(analysis: Analysis): SymbolEntry[] {
  const { model } = analysis;
  const judgments = model.sentences.filter((s) => s.isJudgment && s.block !== 'heading' && s.text.trim() !== '');
  const items = [...model.headings.map((heading) => ({ heading })), ...judgments.map((sentence) => ({ sentence }))];
  items.sort((a, b) => startOf(a) - startOf(b));
  const roots: SymbolEntry[] = [];
  const open: Array<{ depth: number; entry: SymbolEntry }> = [];
  for (const item of items) {
    if ('sentence' in item) {
      (open.at(-1)?.entry.children ?? roots).push(judgmentSymbol(analysis, item.sentence));
      continue;
    }
    while (open.length > 0 && open.at(-1)!.depth >= item.heading.depth) open.pop();
    const entry = headingSymbol(analysis, item.heading);
    (open.at(-1)?.entry.children ?? roots).push(entry);
    open.push({ depth: item.heading.depth, entry });
  }
  return roots;
}

/** Actors and sources of the given schemas whose key, name, alias or title contains the query (any case). */
export function workspaceSymbolsOf(schemas: LoadedSchema[], query: string): SymbolEntry[] {
  const wanted = query.trim().toLowerCase();
  const matches = (words: Array<string | undefined>): boolean => words.some((w) => w !== undefined && w.toLowerCase().includes(wanted));
  const seen = new Set<string>();
  const symbols: SymbolEntry[] = [];
  for (const schema of schemas) {
    if (seen.has(schema.path)) continue;
    seen.add(schema.path);
    for (const actor of schema.schema.actors.values()) {
      if (matches([actor.key, actor.name, ...actor.aliases])) symbols.push(actorSymbol(schema, actor));
    }
    for (const source of schema.schema.sources.values()) {
      if (matches([source.key, source.title])) symbols.push(sourceSymbol(schema, source));
    }
  }
  return symbols;
}

/** The longest outline name of a key judgment; longer sentences are cut at a word. */
const judgmentNameLength = 80;

function startOf(item: { heading: Heading } | { sentence: Sentence }): number {
  return 'heading' in item ? item.heading.span.start : item.sentence.span.start;
}

function headingSymbol(analysis: Analysis, heading: Heading): SymbolEntry {
  const next = analysis.model.headings.find((h) => h.span.start > heading.span.start && h.depth <= heading.depth);
  const sectionEnd = next ? next.span.start : analysis.text.length;
  // Blank lines before the next heading belong to no section.
  const end = Math.max(heading.span.end, heading.span.start + analysis.text.slice(heading.span.start, sectionEnd).trimEnd().length);
  return {
    // Editors reject an empty name, and `#` alone is a heading while it is being typed.
    name: heading.text || '(empty heading)',
    kind: 'heading',
    location: { path: analysis.path, text: analysis.text, span: { start: heading.span.start, end } },
    selection: heading.span,
    children: [],
  };
}

function judgmentSymbol(analysis: Analysis, sentence: Sentence): SymbolEntry {
  return {
    name: shorten(sentence.text.replace(/\s+/g, ' ').trim(), judgmentNameLength),
    kind: 'key-judgment',
    location: { path: analysis.path, text: analysis.text, span: sentence.span },
    selection: sentence.span,
    children: [],
  };
}

function actorSymbol(schema: LoadedSchema, actor: ActorEntry): SymbolEntry {
  const aliases = actor.aliases.length > 0 ? ` · ${actor.aliases.join(', ')}` : '';
  return keySymbol(schema, actor.keySpan, { name: actor.name, kind: 'actor', detail: `${actor.kind}${aliases}` });
}

function sourceSymbol(schema: LoadedSchema, source: SourceEntry): SymbolEntry {
  return keySymbol(schema, source.keySpan, { name: source.key, kind: 'source', detail: source.title });
}

function keySymbol(schema: LoadedSchema, keySpan: Span, named: Pick<SymbolEntry, 'name' | 'kind' | 'detail'>): SymbolEntry {
  return { ...named, location: schemaLocation(schema, keySpan), selection: keySpan, children: [] };
}

/** A text cut to at most `limit` characters at a word boundary, with an ellipsis when cut. */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > limit / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:]+$/, '')}…`;
}
