// remark has no incremental parse. A keystroke changes one place, so the
// document's next version is parsed by re-parsing only the top-level blocks
// around the change and keeping every other block's mdast, shifted to where
// it now stands. Wherever a change could reach across blocks the whole text
// is parsed again: a boundary without a blank line before an unindented line,
// lists that could merge, front matter, a construct left open at the end of
// the re-parsed stretch (a fence, an HTML block) or running on past it, or link and footnote
// definitions that were added, removed or renamed. A property test compares
// the result with a full parse, node for node, after random edits.
import type { Definition, FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';
import { parseMarkdown } from './parse-markdown.js';
import { countLines, shiftNode } from './tree-offsets.js';

/** Below this many top-level blocks a full parse is as cheap as the bookkeeping. */
const minBlocks = 8;

/** How often the stretch may grow by a block on one side before a full parse is the simpler answer. */
const maxWidenings = 6;

/** A paragraph after the re-parsed stretch: still a top-level paragraph only if everything before it is closed. */
const sentinel = 'tradecraftincrementalparsesentinel';

/** How the last version was parsed, for tests and the bench. */
export interface ParseStats {
  mode: 'full' | 'partial';
  /** Characters handed to the Markdown parser. */
  parsedChars: number;
}

/** Parses successive versions of one document, re-parsing only what changed. */
export interface DocumentParser {
  parse(text: string): Root;
  readonly stats: ParseStats;
}

export function createDocumentParser(): DocumentParser {
  let last: { text: string; tree: Root } | undefined;
  let stats: ParseStats = { mode: 'full', parsedChars: 0 };
  return {
    parse(text) {
      if (last?.text === text) return last.tree;
      const partial = last ? reparse(last.text, last.tree, text) : undefined;
      const tree = partial?.tree ?? parseMarkdown(text);
      stats = partial ? { mode: 'partial', parsedChars: partial.parsedChars } : { mode: 'full', parsedChars: text.length };
      last = { text, tree };
      return tree;
    },
    get stats() {
      return stats;
    },
  };
}

interface Partial {
  tree: Root;
  parsedChars: number;
}

/** The next version's tree from the last one, or undefined where only a full parse is safe. */
function reparse(oldText: string, oldTree: Root, text: string): Partial | undefined {
  const children = oldTree.children;
  // micromark drops a leading byte order mark and counts offsets after it; a lone carriage return ends a line
  // as a line feed does, which the line counts here do not follow.
  if (children.length < minBlocks || oldText.charCodeAt(0) === 0xfeff || text.charCodeAt(0) === 0xfeff || hasLoneCarriageReturn(text) || hasLoneCarriageReturn(oldText)) return undefined;
  const change = changedRange(oldText, text);
  // The blocks the change touches (both neighbours of a change between blocks)…
  let first = children.findIndex((child) => end(child) >= change.prefix);
  if (first < 0) first = children.length - 1;
  const last = Math.max(0, findLastIndex(children, (child) => start(child) <= change.oldEnd));
  // …then more on a side whose boundary is not a fresh start (the change joined blocks, or the line there
  // could parse otherwise after what precedes it).
  let lo = Math.min(first, last);
  let hi = Math.max(first, last);
  for (let attempt = 0; attempt < maxWidenings; attempt++) {
    const region = regionOf(oldText, children, text, lo, hi);
    if (region.from > change.prefix || (region.from > 0 && !startsFresh(text, region.from))) lo = Math.max(0, lo - 1);
    else if (region.newTo < change.newEnd || (region.newTo < text.length && !startsFresh(text, region.newTo))) hi = Math.min(children.length - 1, hi + 1);
    else return reparseBlocks(oldText, children, text, lo, hi, region);
  }
  return undefined;
}

/** Where blocks lo…hi start and end: in the old text, and the end in the new one. */
function regionOf(oldText: string, children: RootContent[], text: string, lo: number, hi: number): Region {
  const from = lo === 0 ? 0 : lineStart(oldText, start(children[lo]));
  const to = hi === children.length - 1 ? oldText.length : lineStart(oldText, start(children[hi + 1]));
  return { from, to, newTo: to + text.length - oldText.length };
}

interface Region {
  from: number;
  to: number;
  newTo: number;
}

/** Re-parses blocks lo…hi, whose boundaries start fresh blocks in the new text. */
function reparseBlocks(oldText: string, children: RootContent[], text: string, lo: number, hi: number, region: Region): Partial | undefined {
  const { from, to, newTo } = region;
  const delta = text.length - oldText.length;
  const before = children.slice(0, lo);
  const after = children.slice(hi + 1);
  const outsideLabels = definitionLabels([...before, ...after]);
  const slice = text.slice(from, newTo);
  // Front matter is looked for only at the very start, and closes wherever its second fence is: a stretch that
  // starts with a fence parses as it does in place only when it is the start and front matter is not involved.
  if (slice.startsWith('---') || (from === 0 && oldText.startsWith('---'))) return undefined;
  const nodes = parseSlice(slice, outsideLabels);
  if (!nodes) return undefined;
  // Two lists with the same marker and a blank line between are one list: keep them apart only where both sides agree.
  if (before.length > 0 && nodes.length > 0 && before.at(-1)!.type === 'list' && nodes[0].type === 'list') return undefined;
  if (after.length > 0 && nodes.length > 0 && nodes.at(-1)!.type === 'list' && after[0].type === 'list') return undefined;
  // A definition added, removed or renamed changes what references elsewhere mean.
  if (!sameLabels(definitionLabels(children.slice(lo, hi + 1)), definitionLabels(nodes))) return undefined;

  const lineOffset = countLines(text, 0, from);
  for (const node of nodes) shiftNode(node, from, lineOffset);
  const lineDelta = countLines(text, from, newTo) - countLines(oldText, from, to);
  if (delta !== 0 || lineDelta !== 0) for (const node of after) shiftNode(node, delta, lineDelta);
  const tree: Root = { type: 'root', children: [...before, ...nodes, ...after], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  return { tree, parsedChars: slice.length };
}

/**
 * Parses a stretch of top-level blocks on its own: the labels defined elsewhere
 * are defined after it (so its references resolve as in the whole document),
 * behind a sentinel paragraph that stays a top-level paragraph only if nothing
 * in the stretch was left open. Undefined when something was.
 */
function parseSlice(slice: string, outsideLabels: Labels): RootContent[] | undefined {
  const definitions = [...outsideLabels.footnotes].map((label) => `[^${label}]: x`).concat([...outsideLabels.links].map((label) => `[${label}]: x`));
  const tree = parseMarkdown(`${slice}\n\n${sentinel}\n\n${definitions.join('\n\n')}\n`);
  const at = tree.children.findIndex((node) => node.type === 'paragraph' && start(node) === slice.length + 2);
  if (at < 0) return undefined;
  const closing = tree.children[at];
  if (closing.type !== 'paragraph' || closing.children.length !== 1 || closing.children[0].type !== 'text' || closing.children[0].value !== sentinel) return undefined;
  const nodes = tree.children.slice(0, at);
  // A block that runs on into the blank lines after the stretch (a fence left open in a list item takes them in)
  // ends where the text after it says, not where the stretch does.
  if (nodes.length > 0 && end(nodes.at(-1)!) > slice.length) return undefined;
  return nodes;
}

/**
 * Whether a top-level block starts at `boundary` (a line start) whatever came
 * before: a blank line just before it, and an unindented first line, which no
 * paragraph, list item or indented code can continue into, that starts nothing
 * whose parse depends on the block before.
 */
function startsFresh(text: string, boundary: number): boolean {
  // A list item, an HTML block or a definition parses differently when the block before is still open to
  // continuation (an indented code block is, across blank lines): such a line is never a boundary.
  if (!/[^\s\d*+\-<[|]/y.test(text[boundary] ?? '') ) return false;
  const before = text.slice(Math.max(0, boundary - 64), boundary);
  return /\n[ \t]*\r?\n$/.test(before) || (boundary <= 64 && /^[ \t]*\r?\n$/.test(before));
}

interface Labels {
  footnotes: Set<string>;
  links: Set<string>;
}

/** The labels that definitions among these nodes (at any depth) define. */
function definitionLabels(nodes: readonly RootContent[]): Labels {
  const labels: Labels = { footnotes: new Set(), links: new Set() };
  for (const node of nodes) {
    if (!mayDefine(node)) continue;
    const own = labelsOf(node);
    for (const label of own.footnotes) labels.footnotes.add(label);
    for (const label of own.links) labels.links.add(label);
  }
  return labels;
}

/** A top-level block's labels, walked once: a kept block is the same object in the next version. */
const blockLabels = new WeakMap<RootContent, Labels>();

function labelsOf(block: RootContent): Labels {
  let labels = blockLabels.get(block);
  if (labels) return labels;
  labels = { footnotes: new Set(), links: new Set() };
  const walk = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition') labels!.footnotes.add(labelOf(node));
    else if (node.type === 'definition') labels!.links.add(labelOf(node));
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(block);
  blockLabels.set(block, labels);
  return labels;
}

/** Only containers and definitions can hold a definition: paragraphs, headings, code and tables cannot. */
function mayDefine(node: RootContent): boolean {
  return node.type === 'definition' || node.type === 'footnoteDefinition' || node.type === 'list' || node.type === 'blockquote';
}

function labelOf(node: Definition | FootnoteDefinition): string {
  return node.label ?? node.identifier;
}

function sameLabels(a: Labels, b: Labels): boolean {
  const same = (x: Set<string>, y: Set<string>) => x.size === y.size && [...x].every((label) => y.has(label));
  return same(a.footnotes, b.footnotes) && same(a.links, b.links);
}

/** The first offset where the texts differ, and where the difference ends in each. */
interface ChangedRange {
  prefix: number;
  oldEnd: number;
  newEnd: number;
}

function changedRange(oldText: string, text: string): ChangedRange {
  const shorter = Math.min(oldText.length, text.length);
  // Whole stretches are compared first (an equality of two slices is a memory compare), then the last one
  // character by character: a keystroke in a long document would otherwise cost a loop over all of it.
  let prefix = 0;
  while (prefix + chunk <= shorter && oldText.slice(prefix, prefix + chunk) === text.slice(prefix, prefix + chunk)) prefix += chunk;
  while (prefix < shorter && oldText.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = shorter - prefix;
  while (suffix + chunk <= room && oldText.slice(oldText.length - suffix - chunk, oldText.length - suffix) === text.slice(text.length - suffix - chunk, text.length - suffix)) suffix += chunk;
  while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { prefix, oldEnd: oldText.length - suffix, newEnd: text.length - suffix };
}

/** How many characters changedRange compares at once. */
const chunk = 256;

function hasLoneCarriageReturn(text: string): boolean {
  return text.includes('\r') && /\r(?!\n)/.test(text);
}

function endPoint(text: string): { line: number; column: number; offset: number } {
  const lastBreak = text.lastIndexOf('\n');
  return { line: countLines(text, 0, text.length) + 1, column: text.length - lastBreak, offset: text.length };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function start(node: RootContent): number {
  return node.position?.start.offset ?? 0;
}

function end(node: RootContent): number {
  return node.position?.end.offset ?? 0;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
