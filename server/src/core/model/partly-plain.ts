// The parts of a document only some of whose stretches are plain Markdown
// (plain-parts.ts): an assessment with a bold key judgment or a link here and
// there. The stretches between blank lines that are plain are read line by
// line; the others are parsed together, as one text in which each follows a
// blank line as in the document, and the tree is moved back to the document's
// offsets. remark reads only the marked-up part of the text.
//
// Leaving a plain stretch out changes nothing for the rest when no construct
// reaches across it. Anything that could, and the answer is undefined, so that
// the caller parses the whole text:
// - a node of the parse that runs from one parsed piece into the next, or into
//   a line put after the last (a fence or an HTML block left open, a list
//   whose items lay on both sides: then a plain stretch may not be prose);
// - a link reference definition anywhere (`[x]` in a plain stretch would be
//   its link);
// - a parsed stretch that starts indented right after a plain one (it could
//   continue the plain stretch's last list item);
// - code at the end of a parsed piece that another follows (micromark reads
//   what follows indented code differently across blank lines);
// - front matter without its closing line; a byte order mark; a carriage return.
// A property test (test/core/partly-plain.test.ts) holds the parts equal to
// the whole parse's, field for field.
import type { Nodes, Parents, Root } from 'mdast';
import { parseMarkdown } from './parse-markdown.js';
import { plainMarkdownParts } from './plain-parts.js';
import { collectMarkdownParts, type MarkdownParts } from './prose-blocks.js';
import { countLines, shiftNode } from './tree-offsets.js';

interface Stretch {
  start: number;
  /** The end of its last line (before the newline). */
  end: number;
  plain?: MarkdownParts;
}

/**
 * A document's parts, read with as little parsing as gives the same parts: a
 * plain document line by line, a partly plain one by parsing the rest, any
 * other by parsing it all.
 */
export function markdownPartsOf(text: string): MarkdownParts {
  return plainMarkdownParts(text) ?? partlyPlainParts(text) ?? collectMarkdownParts(parseMarkdown(text), text);
}

/** The parts of a document some of whose stretches are plain (see above); undefined when it has none, is all plain, or a construct could reach across one. */
export function partlyPlainParts(text: string): MarkdownParts | undefined {
  const stretches = stretchesOf(text);
  if (!stretches) return undefined;
  let plainCount = 0;
  for (const [i, stretch] of stretches.entries()) {
    // Front matter is read only at the top: a stretch that starts `---` further down is never plain.
    stretch.plain = plainMarkdownParts(text, stretch.start, stretch.end);
    if (stretch.plain) plainCount++;
    else if (i > 0 && stretches[i - 1].plain && isIndented(text, stretch.start)) return undefined;
  }
  if (plainCount === 0 || plainCount === stretches.length) return undefined;

  const { text: rest, pieces, sentinel } = parsedPieces(text, stretches);
  const tree = parseMarkdown(rest);
  // The line after the last piece is a paragraph of its own, unless a construct left open took it in:
  // that construct then runs past the last piece, and is refused below.
  const last = tree.children.at(-1);
  if (last?.type === 'paragraph' && last.position?.start.offset === sentinel) tree.children.pop();
  if (!movedToDocument(tree, pieces) || hasDefinition(tree)) return undefined;
  return merged(collectMarkdownParts(tree, text), stretches);
}

/** A run of the document's text parsed as one piece: where it is in the parsed text and in the document. */
interface Piece {
  /** Its start in the parsed text. */
  at: number;
  end: number;
  /** Its start in the document, and how many lines later it starts there. */
  from: number;
  lines: number;
}

/** The line put after the last piece: a plain paragraph, unless a construct left open takes it in. */
const sentinelLine = 'x';

/**
 * The document without its plain stretches: each run of other stretches (with
 * the blank lines between them) as a piece, after a blank line, as in the
 * document; front matter only if the document starts with it.
 */
function parsedPieces(text: string, stretches: Stretch[]): { text: string; pieces: Piece[]; sentinel: number } {
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  let lines = 0;
  // The document's line at a piece's start, counted on from the last piece's.
  let lineOfCursor = 0;
  let cursor = 0;
  const lineAt = (at: number) => {
    lineOfCursor += countLines(text, cursor, at);
    cursor = at;
    return lineOfCursor;
  };
  let run: { from: number; to: number } | undefined;
  const endRun = () => {
    if (!run) return;
    const separator = length === 0 && run.from === 0 ? '' : '\n\n';
    parts.push(separator, text.slice(run.from, run.to));
    length += separator.length;
    lines += separator.length;
    const line = lineAt(run.from);
    pieces.push({ at: length, end: length + run.to - run.from, from: run.from, lines: line - lines });
    lines += countLines(text, run.from, run.to);
    length += run.to - run.from;
    run = undefined;
  };
  for (const stretch of stretches) {
    if (stretch.plain) endRun();
    else if (run) run.to = stretch.end;
    else run = { from: stretch.start, to: stretch.end };
  }
  // A parsed last stretch keeps the document's own end (micromark reads some constructs differently at the end of
  // the text than before a line feed); after a plain one, the sentinel line shows whether something was left open.
  if (run) {
    run.to = text.length;
    endRun();
    return { text: parts.join(''), pieces, sentinel: -1 };
  }
  parts.push('\n\n', sentinelLine, '\n');
  return { text: parts.join(''), pieces, sentinel: length + 2 };
}

/**
 * Moves every node of the parse to the document's offsets and lines (columns
 * stay: pieces start lines); false when a top-level node does not lie within
 * one piece, or when code ends a piece that another follows (after indented
 * code, micromark reads an empty item or a list not starting at 1 as text
 * across blank lines, where the left-out stretch in between would have ended
 * that state).
 */
function movedToDocument(tree: Root, pieces: Piece[]): boolean {
  let p = 0;
  let previous: Root['children'][number] | undefined;
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (pieces[p] && pieces[p].end < start && previous?.type === 'code') return false;
    while (p < pieces.length && pieces[p].end < start) p++;
    const piece = pieces[p];
    if (!piece || start < piece.at || end > piece.end) return false;
    shiftNode(node, piece.from - piece.at, piece.lines);
    previous = node;
  }
  return true;
}

/** The text's stretches of lines between blank lines; front matter is one stretch. Undefined for unclosed front matter, a byte order mark or a carriage return. */
function stretchesOf(text: string): Stretch[] | undefined {
  // micromark drops a leading byte order mark and counts its offsets after it, and ends a line at a lone carriage
  // return, where stretches are split at line feeds only: the parse and the line reading would disagree.
  if (text.charCodeAt(0) === 0xfeff || text.includes('\r')) return undefined;
  const stretches: Stretch[] = [];
  let start = 0;
  if (text.startsWith('---\n')) {
    // Up to the first line that is `---` and nothing else, between line feeds.
    let end = -1;
    for (let line = 4; line <= text.length; ) {
      const newline = text.indexOf('\n', line);
      const lineEnd = newline < 0 ? text.length : newline;
      if (text.slice(line, lineEnd) === '---') {
        end = lineEnd;
        break;
      }
      line = lineEnd + 1;
    }
    if (end < 0) return undefined;
    stretches.push({ start: 0, end });
    start = end + 1;
  }
  let current: Stretch | undefined;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end === start) current = undefined;
    else if (current) current.end = end;
    else stretches.push((current = { start, end }));
    start = end + 1;
  }
  return stretches;
}

function isIndented(text: string, at: number): boolean {
  const c = text[at];
  return c === ' ' || c === '\t';
}

/** Whether a link reference definition is anywhere in the tree (inside lists, quotes and footnotes too; never inside a paragraph). */
function hasDefinition(node: Nodes): boolean {
  if (node.type === 'definition') return true;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') return false;
  return 'children' in node && (node as Parents).children.some((child) => hasDefinition(child as Nodes));
}

/** The parsed parts and the plain stretches' in document order, each block under the heading before it. */
function merged(parsed: MarkdownParts, stretches: Stretch[]): MarkdownParts {
  const plain = stretches.flatMap((s) => (s.plain ? [s.plain] : []));
  const blocks = [...parsed.blocks, ...plain.flatMap((p) => p.blocks)].sort((a, b) => a.start - b.start);
  const headings = [...parsed.headings, ...plain.flatMap((p) => p.headings)].sort((a, b) => a.span.start - b.span.start);
  let section: string | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') section = block.section;
    else block.section = section;
  }
  const frontMatter = parsed.frontMatter ?? plain[0]?.frontMatter;
  return { ...parsed, blocks, headings, ...(frontMatter && { frontMatter }) };
}
