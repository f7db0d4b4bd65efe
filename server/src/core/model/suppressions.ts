import { LineIndex, type Span } from '../text/line-index.js';
import type { Suppressions } from './types.js';

const directive = /^tradecraft-(disable-next-line|disable-file|disable|enable)\b\s*(.*)$/;

interface Region {
  codes: Set<string> | 'all';
  start: number;
  end: number;
}

/**
 * Resolves `tradecraft-disable…` comments into regions of the document where
 * codes are silenced. No code listed means every code.
 */
export function resolveSuppressions(text: string, comments: Array<{ value: string; span: Span }>): Suppressions {
  const lines = new LineIndex(text);
  const regions: Region[] = [];
  const open = new Map<string, number>();
  for (const comment of [...comments].sort((a, b) => a.span.start - b.span.start)) {
    const match = directive.exec(comment.value);
    if (!match) continue;
    const codes = parseCodes(match[2]);
    if (match[1] === 'disable-file') regions.push({ codes, start: 0, end: text.length });
    else if (match[1] === 'disable-next-line') regions.push({ codes, ...nextLineSpan(text, lines, comment.span.end) });
    else if (match[1] === 'disable') for (const code of codeList(codes)) open.set(code, comment.span.end);
    else for (const code of codeList(codes)) closeRegion(open, code, comment.span.start, regions);
  }
  for (const [code, start] of open) regions.push({ codes: code === '*' ? 'all' : new Set([code]), start, end: text.length });
  return {
    isSuppressed(code, offset) {
      return regions.some((r) => offset >= r.start && offset < r.end && (r.codes === 'all' || r.codes.has(code)));
    },
  };
}

function parseCodes(list: string): Set<string> | 'all' {
  const codes = list.split(/[\s,]+/).filter(Boolean);
  return codes.length === 0 ? 'all' : new Set(codes);
}

function codeList(codes: Set<string> | 'all'): string[] {
  return codes === 'all' ? ['*'] : [...codes];
}

function closeRegion(open: Map<string, number>, code: string, end: number, regions: Region[]): void {
  const closing = code === '*' ? [...open.keys()] : [code];
  for (const c of closing) {
    const start = open.get(c);
    if (start === undefined) continue;
    regions.push({ codes: c === '*' ? 'all' : new Set([c]), start, end });
    open.delete(c);
  }
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
