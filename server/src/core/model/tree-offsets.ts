// Offsets and lines in mdast trees parsed from a slice of a document: the
// incremental parse (incremental-parse.ts) and the partly plain reading
// (partly-plain.ts) parse part of a text and move the nodes to where they are.
import type { Nodes } from 'mdast';

/** Moves a node and everything in it by `offset` characters and `lines` lines (columns stay: blocks start lines). */
export function shiftNode(node: Nodes, offset: number, lines: number): void {
  const position = node.position;
  if (position) {
    position.start = { line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset };
    position.end = { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset };
  }
  if ('children' in node) for (const child of node.children) shiftNode(child as Nodes, offset, lines);
}

/** How many line feeds lie in `text` from `from` up to `to`. */
export function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
