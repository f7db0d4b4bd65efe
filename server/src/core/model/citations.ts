import type { FootnoteDefinition } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Span } from '../text/line-index.js';
import type { ProseBlock } from './prose-blocks.js';
import type { Citation } from './types.js';

// `[@key]`, `[@key, ¶3]`, `[see @a, p. 4; @b]`: a bracket holding at least one `@key`.
const bracketPattern = /\[([^[\]]*@[^[\]]*)\]/g;
const keyPattern = /@([\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?)/u;
const paragraphLocator = /(?:¶|§|\bpara(?:graph)?\.?)\s*(\d+)/i;

/** Maps a source URL to its schema key, so links and footnotes can name a source. */
export type SourceUrlLookup = (url: string) => string | undefined;

/** Every citation in a block: pandoc brackets, footnote references and links. */
export function findCitations(
  text: string,
  block: ProseBlock,
  footnotes: Map<string, FootnoteDefinition>,
  lookupUrl: SourceUrlLookup,
): Citation[] {
  const citations: Citation[] = [];
  for (const span of block.textSpans) citations.push(...findPandocCitations(block, span));
  for (const ref of block.footnotes) citations.push(resolveFootnote(text, ref, footnotes.get(ref.identifier), lookupUrl));
  for (const link of block.links) citations.push({ form: 'link', url: link.url, key: lookupUrl(link.url), span: link.span });
  return citations.sort((a, b) => a.span.start - b.span.start);
}

/** Pandoc citations inside one text node; one Citation per `@key`, sharing the bracket's span. */
function findPandocCitations(block: ProseBlock, span: Span): Citation[] {
  const value = block.prose.slice(span.start - block.start, span.end - block.start);
  const citations: Citation[] = [];
  for (const match of value.matchAll(bracketPattern)) {
    const bracketStart = span.start + (match.index ?? 0);
    const bracketSpan = { start: bracketStart, end: bracketStart + match[0].length };
    let partOffset = bracketStart + 1;
    for (const part of match[1].split(';')) {
      const citation = parseCitationPart(part, partOffset, bracketSpan);
      if (citation) citations.push(citation);
      partOffset += part.length + 1;
    }
  }
  return citations;
}

function parseCitationPart(part: string, offset: number, bracketSpan: Span): Citation | undefined {
  const key = keyPattern.exec(part);
  if (!key) return undefined;
  const keyStart = offset + (key.index ?? 0) + 1;
  const rest = part.slice((key.index ?? 0) + key[0].length).replace(/^\s*,\s*/, '').trim();
  const paragraph = paragraphLocator.exec(rest);
  return {
    form: 'pandoc',
    key: key[1],
    keySpan: { start: keyStart, end: keyStart + key[1].length },
    locator: rest || undefined,
    paragraph: paragraph ? Number(paragraph[1]) : undefined,
    span: bracketSpan,
  };
}

/** A footnote is its source when its definition holds `[@key]` or a source's URL. */
function resolveFootnote(
  documentText: string,
  ref: { identifier: string; span: Span },
  definition: FootnoteDefinition | undefined,
  lookupUrl: SourceUrlLookup,
): Citation {
  const citation: Citation = { form: 'footnote', span: ref.span };
  if (!definition) return citation;
  const text = toString(definition);
  const bracket = /\[[^[\]]*@[^[\]]*\]/.exec(text);
  const key = bracket ? keyPattern.exec(bracket[0]) : null;
  if (key) {
    citation.key = key[1];
    citation.keySpan = keySpanInDefinition(documentText, definition, key[1]);
    const paragraph = paragraphLocator.exec(bracket![0]);
    if (paragraph) citation.paragraph = Number(paragraph[1]);
    return citation;
  }
  const urls = collectUrls(definition);
  citation.url = urls[0];
  citation.key = urls.map(lookupUrl).find((k) => k !== undefined);
  return citation;
}

function collectUrls(node: { type: string; url?: string; children?: unknown[] }): string[] {
  const own = node.type === 'link' && node.url ? [node.url] : [];
  const children = (node.children ?? []) as Array<{ type: string; url?: string; children?: unknown[] }>;
  return [...own, ...children.flatMap(collectUrls)];
}

/**
 * Where a footnote definition spells its key, so that `unknown-source`, its
 * fix and rename all point at the key itself rather than at the `[^n]` mark.
 */
function keySpanInDefinition(text: string, definition: FootnoteDefinition, key: string): Span | undefined {
  const start = definition.children[0]?.position?.start.offset;
  const end = definition.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const bracket = /\[[^[\]]*@[^[\]]*\]/.exec(text.slice(start, end));
  const at = bracket ? bracket[0].indexOf(`@${key}`) : -1;
  if (!bracket || at < 0) return undefined;
  const keyStart = start + bracket.index + at + 1;
  return { start: keyStart, end: keyStart + key.length };
}
