import type { ActorEntry } from '../schema/types.js';
import type { ActorMention } from './types.js';

/** Finds the names and aliases of schema actors in prose. */
export interface ActorMatcher {
  find(text: string, offset: number): ActorMention[];
}

/**
 * One node of the name trie. Edges are UTF-16 code units; a run of whitespace
 * in a name is one `' '` edge that matches any run of whitespace in the text.
 * Most nodes have one child, so a Map is made only where names branch.
 */
interface TrieNode {
  /** The actor whose name (or alias) ends here. */
  actorKey?: string;
  /** The single child, while there is only one. */
  char?: string;
  only?: TrieNode;
  /** Every child, once there are two or more. */
  many?: Map<string, TrieNode>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * One matcher per schema version: a character trie over every name and alias.
 * At each position that starts a word it walks the trie as far as the text
 * allows, so the cost grows with the text, never with the number of actors,
 * and a name is only ever compared as plain characters (regex syntax in an
 * alias means nothing). The longest name wins ("North Korean" over "North
 * Korea"). Names match case-sensitively on word boundaries, with a plural or
 * possessive ending allowed (`Beijing’s`, `North Koreans`).
 */
export function createActorMatcher(actors: Iterable<ActorEntry>): ActorMatcher {
  const root: TrieNode = {};
  let names = 0;
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) if (insertName(root, name, actor.key)) names++;
  }
  if (names === 0) return { find: () => [] };
  return { find: (text, offset) => findMentions(root, text, offset) };
}

/** Adds a name; the first actor to claim a name keeps it. False when the name is blank. */
function insertName(root: TrieNode, name: string, actorKey: string): boolean {
  const normal = name.trim().replace(/\s+/g, ' ');
  if (!normal) return false;
  let node = root;
  for (const char of normal.split('')) node = childOrNew(node, char);
  node.actorKey ??= actorKey;
  return true;
}

function childOrNew(node: TrieNode, char: string): TrieNode {
  const existing = child(node, char);
  if (existing) return existing;
  const created: TrieNode = {};
  if (!node.only && !node.many) {
    node.char = char;
    node.only = created;
  } else {
    if (!node.many) node.many = new Map([[node.char!, node.only!]]);
    node.many.set(char, created);
    node.char = node.only = undefined;
  }
  return created;
}

function child(node: TrieNode, char: string): TrieNode | undefined {
  return node.many ? node.many.get(char) : node.char === char ? node.only : undefined;
}

function findMentions(root: TrieNode, text: string, offset: number): ActorMention[] {
  const mentions: ActorMention[] = [];
  let i = 0;
  while (i < text.length) {
    const match = child(root, text[i]) && !isWordBefore(text, i) ? matchAt(root, text, i) : undefined;
    if (match) {
      mentions.push({ actorKey: match.actorKey, text: text.slice(i, match.nameEnd), span: { start: offset + i, end: offset + match.nameEnd } });
      i = match.end;
    } else i += isPairStart(text, i) ? 2 : 1;
  }
  return mentions;
}

/** The longest name starting at `start` that ends on a word boundary (after an optional ending). */
function matchAt(root: TrieNode, text: string, start: number): { actorKey: string; nameEnd: number; end: number } | undefined {
  const ends: Array<{ actorKey: string; at: number }> = [];
  let node: TrieNode | undefined = root;
  let i = start;
  while (node && i < text.length) {
    if (SPACE.test(text[i])) {
      node = child(node, ' ');
      while (i < text.length && SPACE.test(text[i])) i++;
    } else node = child(node, text[i++]);
    if (node?.actorKey !== undefined) ends.push({ actorKey: node.actorKey, at: i });
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = endingAfter(text, ends[k].at);
    if (end !== undefined) return { actorKey: ends[k].actorKey, nameEnd: ends[k].at, end };
  }
  return undefined;
}

/** Where a mention ending at `at` ends with its plural or possessive ending, if a word boundary follows. */
function endingAfter(text: string, at: number): number | undefined {
  const apostrophe = text[at] === '’' || text[at] === "'";
  const candidates = [text[at] === 's' ? at + 1 : -1, apostrophe && text[at + 1] === 's' ? at + 2 : -1, apostrophe ? at + 1 : -1, at];
  return candidates.find((end) => end >= 0 && !isWordAt(text, end));
}

/** Whether the code point starting at `i` is a letter or digit. */
function isWordAt(text: string, i: number): boolean {
  const point = text.codePointAt(i);
  return point !== undefined && WORD_CHAR.test(String.fromCodePoint(point));
}

/** Whether the code point ending just before `i` is a letter or digit. */
function isWordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const lowSurrogate = i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2));
  return isWordAt(text, lowSurrogate ? i - 2 : i - 1);
}

function isPairStart(text: string, i: number): boolean {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1));
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
