import type { ActorEntry } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import type { Analysis, CodeActionEntry, TextEdit } from './types.js';

/** How many actors "add as alias" offers for one selected name. */
const OFFERED = 3;

/**
 * For a selected name the schema does not know (`the Kim regime`), offers to
 * add it as an alias of the actors mentioned around it, most mentioned first:
 * an edit of claims-schema.yaml, so every assessment then counts the mention.
 */
export function addAliasActions(analysis: Analysis, span: Span): CodeActionEntry[] {
  const schema = analysis.schema;
  const name = analysis.text.slice(span.start, span.end).trim();
  if (!schema || !isWholeWords(analysis.text, span) || !isNameLike(name) || isKnownName(schema, name)) return [];
  // The editor asks with a diagnostic's own range when its light bulb is clicked: that is a finding, not a name.
  if (analysis.findings.some((f) => f.span.start === span.start && f.span.end === span.end)) return [];
  return candidateActors(analysis, span).slice(0, OFFERED).flatMap((actor) => {
    const edit = aliasEdit(schema.text, actor, name);
    return edit ? [{ title: `Add "${name}" as an alias of ${actor.name}`, kind: 'refactor' as const, edits: [{ path: schema.path, text: schema.text, edits: [edit] }] }] : [];
  });
}

/** A selection that neither starts nor ends inside a word: `a p` out of `a permanent` is no name. */
function isWholeWords(text: string, span: Span): boolean {
  const wordChar = /[\p{L}\p{N}]/u;
  return !(wordChar.test(text[span.start - 1] ?? '') && wordChar.test(text[span.start] ?? '')) && !(wordChar.test(text[span.end - 1] ?? '') && wordChar.test(text[span.end] ?? ''));
}

/** A selection of one to six words on one line, one of them capitalised as names are. */
function isNameLike(text: string): boolean {
  return /(?:^|\s)\p{Lu}/u.test(text) && text.length > 1 && text.length <= 60 && !text.includes('\n') && /\p{L}/u.test(text) && text.split(/\s+/).length <= 6 && !/[[\]{}<>`*]/.test(text);
}

function isKnownName(schema: LoadedSchema, name: string): boolean {
  const lower = name.toLowerCase();
  return [...schema.schema.actors.values()].some((a) => [a.name, ...a.aliases].some((known) => known.toLowerCase() === lower));
}

/** Actors mentioned in the sentence first, then in the rest of the document, each ranked by mentions. */
function candidateActors(analysis: Analysis, span: Span): ActorEntry[] {
  const actors = analysis.schema!.schema.actors;
  const sentence = analysis.model.sentences.find((s) => s.span.start <= span.start && span.start <= s.span.end);
  const score = new Map<string, number>();
  for (const s of analysis.model.sentences) {
    for (const mention of s.mentions) score.set(mention.actorKey, (score.get(mention.actorKey) ?? 0) + (s === sentence ? 100 : 1));
  }
  return [...score].sort((a, b) => b[1] - a[1]).flatMap(([key]) => actors.get(key) ?? []);
}

/** The edit that adds an alias: into a flow list, as a new block item, or as a new `aliases:` line. */
function aliasEdit(schemaText: string, actor: ActorEntry, alias: string): TextEdit | undefined {
  const value = /^[\w][\w .'-]*$/.test(alias) && !/^(yes|no|true|false|null|on|off)$/i.test(alias) ? alias : JSON.stringify(alias);
  const span = actor.aliasesSpan;
  if (span && schemaText[span.start] === '[') {
    const close = schemaText.lastIndexOf(']', span.end);
    const empty = schemaText.slice(span.start + 1, close).trim() === '';
    return { span: { start: close, end: close }, newText: empty ? value : `, ${value}` };
  }
  if (span) {
    const lineStart = schemaText.lastIndexOf('\n', span.start) + 1;
    const indent = schemaText.slice(lineStart, span.start);
    // A block list's node runs on to the next key's line; the new item goes after the last item's text.
    let end = span.end;
    while (end > span.start && /\s/.test(schemaText[end - 1])) end--;
    return { span: { start: end, end }, newText: `\n${indent}- ${value}` };
  }
  const keyLineEnd = schemaText.indexOf('\n', actor.keySpan.end);
  if (keyLineEnd < 0) return undefined;
  const fieldIndent = /^[ \t]+/.exec(schemaText.slice(keyLineEnd + 1))?.[0];
  const keyIndent = actor.keySpan.start - (schemaText.lastIndexOf('\n', actor.keySpan.start) + 1);
  if (!fieldIndent || fieldIndent.length <= keyIndent) return undefined;
  return { span: { start: keyLineEnd + 1, end: keyLineEnd + 1 }, newText: `${fieldIndent}aliases: [${value}]\n` };
}
