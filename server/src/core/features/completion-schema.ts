// Completions in claims-schema.yaml: actor keys inside an actor's `related`
// list. The list is usually half-typed (`related: [north-korea, ru`), which
// YAML cannot parse as a list yet, so the context comes from the raw lines;
// the parsed schema (tolerant of the error) supplies the actors.
import type { ActorEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import { escapeMarkdown } from './hover-markdown.js';
import type { CompletionEntry } from './types.js';

/** Actor keys for the `related` entry typed at the cursor, minus the actor itself and those already listed. */
export function relatedCompletions(loaded: LoadedSchema, offset: number): CompletionEntry[] {
  const typed = relatedEntryAt(loaded.text, offset);
  if (!typed) return [];
  const owner = actorOwningLine(loaded, typed.relatedLine);
  if (!owner) return [];
  // The entry under the cursor is being replaced, so it does not count as listed.
  const listed = new Set(owner.related.filter((_, i) => !touches(owner.relatedSpans[i], offset)));
  return [...loaded.schema.actors.values()]
    .filter((actor) => actor.key !== owner.key && !listed.has(actor.key))
    .map((actor) => ({
      label: actor.key,
      kind: 'actor',
      detail: `${actor.name} · ${actor.kind}`,
      documentation: actor.note ? escapeMarkdown(actor.note) : undefined,
      insertText: actor.key,
      span: typed.partial,
      sortText: actor.key,
    }));
}

/** One line of the text: where it starts and ends, and its content. */
interface Line {
  start: number;
  end: number;
  text: string;
}

/** The partial key typed in a `related` list at the cursor, and the `related:` line it belongs to. */
function relatedEntryAt(text: string, offset: number): { partial: Span; relatedLine: Line } | undefined {
  const line = lineAt(text, offset);
  const before = text.slice(line.start, offset);
  const flow = /^\s*related\s*:\s*\[(?:[^\]]*,)?\s*([\w.-]*)$/.exec(before);
  if (flow) return { partial: { start: offset - flow[1].length, end: offset }, relatedLine: line };
  const item = /^\s*-\s*([\w.-]*)$/.exec(before);
  const relatedLine = item ? blockListOwner(text, line) : undefined;
  return item && relatedLine ? { partial: { start: offset - item[1].length, end: offset }, relatedLine } : undefined;
}

/** The `related:` line above a block-list item, passing over sibling items and blank lines. */
function blockListOwner(text: string, itemLine: Line): Line | undefined {
  for (let line = previousLine(text, itemLine); line; line = previousLine(text, line)) {
    if (/^\s*(?:-\s*[\w.-]*\s*)?(?:#.*)?$/.test(line.text)) continue;
    return /^\s*related\s*:\s*(?:#.*)?$/.test(line.text) ? line : undefined;
  }
  return undefined;
}

/** The actor whose key is the nearest less-indented line above `related:`. */
function actorOwningLine(loaded: LoadedSchema, relatedLine: Line): ActorEntry | undefined {
  const indent = indentOf(relatedLine.text);
  for (let line = previousLine(loaded.text, relatedLine); line; line = previousLine(loaded.text, line)) {
    if (!line.text.trim() || line.text.trimStart().startsWith('#') || indentOf(line.text) >= indent) continue;
    const key = /^\s*([^\s#:][^:]*?)\s*:\s*(?:#.*)?$/.exec(line.text)?.[1];
    const actor = key === undefined ? undefined : loaded.schema.actors.get(key);
    // A source may share the key; only the actor defined on this very line owns the list.
    return actor && actor.keySpan.start >= line.start && actor.keySpan.start < line.end ? actor : undefined;
  }
  return undefined;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return { start, end, text: text.slice(start, end).replace(/\r$/, '') };
}

function previousLine(text: string, line: Line): Line | undefined {
  return line.start === 0 ? undefined : lineAt(text, line.start - 1);
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)?.[0].length ?? 0;
}

function touches(span: Span | undefined, offset: number): boolean {
  return span !== undefined && offset >= span.start && offset <= span.end;
}
