// Hover: finds what is under the cursor (a citation, an estimative term, an
// actor mention, or a key in the schema) and hands it to the card builders.
import type { Citation, Sentence } from '../model/types.js';
import type { Vocabulary } from '../schema/types.js';
import type { LoadedSchema } from '../service-types.js';
import type { Span } from '../text/line-index.js';
import { bracketPartAt } from './completion-context.js';
import { actorCard } from './hover-actor.js';
import { estimativeCard } from './hover-estimative.js';
import { code } from './hover-markdown.js';
import { citationCard, sourceCard } from './hover-source.js';
import type { ParagraphLinkStyle } from './paragraph-links.js';
import type { Analysis, HoverCard, WorkspaceAssessments } from './types.js';

/** The hover card at an offset of an assessment: actor, citation, estimative term or confidence level. */
export function hoverAt(analysis: Analysis, offset: number, workspace: WorkspaceAssessments, links: ParagraphLinkStyle = 'file'): HoverCard | undefined {
  const cited = citationAt(analysis, offset);
  if (cited) return { markdown: citationCard(cited.citation, cited.sentence?.text ?? '', analysis.schema), span: cited.span };
  const sentence = analysis.model.sentences.find((s) => contains(s.span, offset));
  if (!sentence) return undefined;
  const estimative = sentence.estimative.find((e) => contains(e.span, offset));
  if (estimative) return { markdown: estimativeCard(estimative, vocabularyOf(analysis)), span: estimative.span };
  const mention = sentence.mentions.find((m) => contains(m.span, offset));
  const actor = mention && analysis.schema?.schema.actors.get(mention.actorKey);
  if (mention && actor && analysis.schema) return { markdown: actorCard(actor, analysis.schema, workspace, links), span: mention.span };
  return undefined;
}

/** The hover card at an offset of the schema file: an actor or source key. */
export function hoverInSchema(schema: LoadedSchema, offset: number, workspace: WorkspaceAssessments, links: ParagraphLinkStyle = 'file'): HoverCard | undefined {
  for (const actor of schema.schema.actors.values()) {
    if (contains(actor.keySpan, offset)) return { markdown: actorCard(actor, schema, workspace, links), span: actor.keySpan };
    const index = actor.relatedSpans.findIndex((span) => contains(span, offset));
    if (index >= 0) return relatedActorCard(actor.related[index], actor.relatedSpans[index], schema, workspace, links);
  }
  for (const source of schema.schema.sources.values()) {
    if (contains(source.keySpan, offset)) return { markdown: sourceCard(source, schema), span: source.keySpan };
  }
  return undefined;
}

/** The card for an entry of a `related` list: the actor it names, or why it names none. */
function relatedActorCard(key: string, span: Span, schema: LoadedSchema, workspace: WorkspaceAssessments, links: ParagraphLinkStyle): HoverCard {
  const actor = schema.schema.actors.get(key);
  const markdown = actor ? actorCard(actor, schema, workspace, links) : `${code(key)} names no actor of this schema.`;
  return { markdown, span };
}

/** Half-open spans, but the end counts too, so a cursor just after a word still hovers it. */
function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

function vocabularyOf(analysis: Analysis): Vocabulary {
  return analysis.schema?.modelContext.vocabulary ?? 'icd-203';
}

/** A citation under the cursor, with the sentence it covers and the span of just its part of the bracket. */
interface CitationHit {
  citation: Citation;
  sentence?: Sentence;
  span: Span;
}

function citationAt(analysis: Analysis, offset: number): CitationHit | undefined {
  for (const sentence of analysis.model.sentences) {
    // Asked on every hover of a long document: a sentence whose citations miss the offset costs no allocation.
    if (!holdsCitationAt(sentence.citations, offset)) continue;
    const inBracket = sentence.citations.filter((c) => contains(c.span, offset));
    const index = partIndexAt(inBracket, offset);
    return { citation: inBracket[index], sentence, span: partSpan(analysis.text, inBracket, index) };
  }
  return citationOutsideProse(analysis, offset);
}

function holdsCitationAt(citations: Citation[], offset: number): boolean {
  for (const citation of citations) if (contains(citation.span, offset)) return true;
  return false;
}

/** In `[@a, ¶1; @b]` the part holding the cursor: the last whose `@` is at or before it. */
function partIndexAt(parts: Citation[], offset: number): number {
  let index = 0;
  parts.forEach((part, i) => {
    if (part.keySpan && part.keySpan.start - 1 <= offset) index = i;
  });
  return index;
}

/** The span of one part of a bracket: from its `;` (or `[`) to the next `;` (or `]`). */
function partSpan(text: string, parts: Citation[], index: number): Span {
  const bracket = parts[index].span;
  if (parts.length === 1) return bracket;
  const own = parts[index].keySpan?.start ?? bracket.start;
  const next = parts[index + 1]?.keySpan?.start;
  const start = index === 0 ? bracket.start : Math.max(bracket.start, text.lastIndexOf(';', own) + 1);
  const end = next === undefined ? bracket.end : Math.max(start, text.lastIndexOf(';', next));
  return { start, end };
}

/**
 * A pandoc citation outside the prose the model reads, e.g. in a footnote
 * definition. Inside a sentence the model has the last word (a bracket in
 * inline code is no citation), and front matter is never read.
 */
function citationOutsideProse(analysis: Analysis, offset: number): CitationHit | undefined {
  const frontMatter = analysis.model.frontMatter.span;
  if (frontMatter && contains(frontMatter, offset)) return undefined;
  if (analysis.model.sentences.some((s) => contains(s.span, offset))) return undefined;
  const part = bracketPartAt(analysis.text, offset);
  if (!part) return undefined;
  const citation: Citation = { form: 'pandoc', key: part.key, keySpan: part.keySpan, locator: part.locator, paragraph: part.paragraph, span: part.span };
  return { citation, span: part.span };
}
