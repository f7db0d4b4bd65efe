import { lineIndexOf, type LineIndex, type Span } from '../text/line-index.js';
import type { SuppressionDirective, Suppressions } from './types.js';

const directive = /^tradecraft-(disable-line|disable-next-line|disable-file|disable|enable)\b\s*(.*)$/s;

interface Region {
  codes: Set<string> | 'all';
  start: number;
  end: number;
  /** The comment that opened the region, so that unused ones can be found. */
  directive: SuppressionDirective;
}

/**
 * Resolves `tradecraft-disable…` comments into regions of the document where
 * codes are silenced. No code listed means every code.
 */
export function resolveSuppressions(text: string, comments: Array<{ value: string; span: Span }>): Suppressions {
  const lines = lineIndexOf(text);
  const regions: Region[] = [];
  const directives: SuppressionDirective[] = [];
  const open = new Map<string, { start: number; directive: SuppressionDirective }>();
  for (const comment of [...comments].sort((a, b) => a.span.start - b.span.start)) {
    const match = directive.exec(comment.value);
    if (!match) continue;
    const kind = match[1] as SuppressionDirective['kind'] | 'enable';
    const codes = parseCodes(match[2]);
    if (kind === 'enable') {
      for (const code of codeList(codes)) closeRegion(open, code, comment.span.start, regions);
      continue;
    }
    const found: SuppressionDirective = { kind, codes: codes === 'all' ? 'all' : [...codes], span: comment.span };
    directives.push(found);
    if (kind === 'disable-file') regions.push({ codes, start: 0, end: text.length, directive: found });
    else if (kind === 'disable-next-line') regions.push({ codes, ...nextLineSpan(text, lines, comment.span.end), directive: found });
    else if (kind === 'disable-line') regions.push({ codes, ...ownLineSpan(lines, comment.span.start), directive: found });
    else for (const code of codeList(codes)) open.set(code, { start: comment.span.end, directive: found });
  }
  for (const [code, { start, directive: opened }] of open) {
    regions.push({ codes: code === '*' ? 'all' : new Set([code]), start, end: text.length, directive: opened });
  }
  const covering = (code: string, span: Span) => regions.filter((r) => covers(r, span) && (r.codes === 'all' || r.codes.has(code)));
  return {
    directives,
    isSuppressed: (code, offset) => covering(code, { start: offset, end: offset }).length > 0,
    silencersOf: (code, span) => [...new Set(covering(code, span).map((r) => r.directive))],
  };
}

/**
 * A finding is silenced where it starts; a `disable-line` comment, written at
 * the end of a line, also silences a sentence that began on an earlier line
 * of a hard-wrapped paragraph and runs into this one.
 */
function covers(region: Region, span: Span): boolean {
  if (span.start >= region.start && span.start < region.end) return true;
  return region.directive.kind === 'disable-line' && span.start < region.end && span.end > region.start;
}

function parseCodes(list: string): Set<string> | 'all' {
  const codes = list.split(/[\s,]+/).filter(Boolean);
  return codes.length === 0 ? 'all' : new Set(codes);
}

function codeList(codes: Set<string> | 'all'): string[] {
  return codes === 'all' ? ['*'] : [...codes];
}

function closeRegion(open: Map<string, { start: number; directive: SuppressionDirective }>, code: string, end: number, regions: Region[]): void {
  const closing = code === '*' ? [...open.keys()] : [code];
  for (const c of closing) {
    const opened = open.get(c);
    if (opened === undefined) continue;
    regions.push({ codes: c === '*' ? 'all' : new Set([c]), start: opened.start, end, directive: opened.directive });
    open.delete(c);
  }
}

/** The line the comment stands on. */
function ownLineSpan(lines: LineIndex, at: number): Span {
  const line = lines.positionAt(at).line;
  return { start: lines.offsetAt({ line, character: 0 }), end: lines.offsetAt({ line: line + 1, character: 0 }) };
}

/** The first non-blank line after the comment. */
function nextLineSpan(text: string, lines: LineIndex, after: number): Span {
  let line = lines.positionAt(after).line + 1;
  while (line < lines.lineCount) {
    const start = lines.offsetAt({ line, character: 0 });
    const end = lines.offsetAt({ line: line + 1, character: 0 });
    if (text.slice(start, end).trim()) return { start, end };
    line++;
  }
  return { start: text.length, end: text.length };
}
