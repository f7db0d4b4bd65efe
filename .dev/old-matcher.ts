import type { ActorEntry } from '../server/src/core/schema/types.js';
import type { ActorMention } from '../server/src/core/model/types.js';

/** Finds the names and aliases of schema actors in prose. */
export interface ActorMatcher {
  find(text: string, offset: number): ActorMention[];
}

/**
 * One node of the name trie: its edges are tokens (see `tokenEnd`). Most nodes
 * of a name trie have one child (the next word of one name), which is held
 * inline; a map is made at the second. 50,000 actors took 61 MB of maps before.
 */
interface TrieNode {
  /** The actor whose name (or alias) ends here. */
  actorKey?: string;
  /** The edge and child of a node with one child. */
  onlyToken?: string;
  only?: TrieNode;
  /** The children of a node with more than one. */
  next?: Map<string, TrieNode>;
}

function childOf(node: TrieNode, token: string): TrieNode | undefined {
  return node.next ? node.next.get(token) : node.onlyToken === token ? node.only : undefined;
}

function hasChildren(node: TrieNode): boolean {
  return node.next !== undefined || node.only !== undefined;
}

function addChild(node: TrieNode, token: string): TrieNode {
  const child: TrieNode = {};
  if (node.next) node.next.set(token, child);
  else if (node.only === undefined) {
    node.onlyToken = token;
    node.only = child;
  } else {
    node.next = new Map([[node.onlyToken!, node.only], [token, child]]);
    node.onlyToken = undefined;
    node.only = undefined;
  }
  return child;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * One matcher per schema version: a token trie over every name and alias.
 * A token is a run of letters and digits, a run of whitespace (one `' '` edge
 * that matches any run in the text) or any other single character. At each
 * token that starts a word or a symbol the matcher walks the trie as far as
 * the text allows, so the cost grows with the text, never with the number of
 * actors, and a name is only ever compared as plain text (regex syntax in an
 * alias means nothing). It holds far fewer nodes than the trie of characters
 * it replaced, which took twice as long to build for 50,000 actors. The longest
 * name wins ("North Korean" over "North Korea"). Names match case-sensitively
 * (a name written in lower case also with a capital first letter) on word
 * boundaries, with a plural or possessive ending allowed (`Beijing’s`,
 * `North Koreans`).
 */
export function createActorMatcher(actors: Iterable<ActorEntry>): ActorMatcher {
  const root: TrieNode = {};
  let names = 0;
  // A name that starts in lower case ("the ferrymen") is also found with its first letter in upper case, as it is
  // written at a sentence's start or in a heading ("The ferrymen"): that form is added after every name as written,
  // so an actor whose own name it is keeps it.
  const capitalForms: Array<[string, string]> = [];
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      if (!insertName(root, name, actor.key)) continue;
      names++;
      const capital = capitalised(name.trim());
      if (capital) capitalForms.push([capital, actor.key]);
    }
  }
  for (const [name, actorKey] of capitalForms) insertName(root, name, actorKey);
  if (names === 0) return { find: () => [] };
  return { find: (text, offset) => findMentions(root, text, offset) };
}

/** The name with its first letter in upper case, when it starts with a lower-case letter; else undefined. */
function capitalised(name: string): string | undefined {
  const first = String.fromCodePoint(name.codePointAt(0)!);
  const upper = first.toUpperCase();
  return upper !== first && first.toLowerCase() === first ? upper + name.slice(first.length) : undefined;
}

/** Adds a name; the first actor to claim a name keeps it. False when the name is blank. */
function insertName(root: TrieNode, name: string, actorKey: string): boolean {
  const normal = name.trim();
  if (!normal) return false;
  let node = root;
  for (let i = 0; i < normal.length; ) {
    const end = tokenEnd(normal, i);
    const token = edgeOf(normal, i, end);
    node = childOf(node, token) ?? addChild(node, token);
    i = end;
  }
  node.actorKey ??= actorKey;
  return true;
}

/** The trie edge of the token from `start` to `end`: whitespace runs are one space. */
function edgeOf(text: string, start: number, end: number): string {
  return isSpace(text.charCodeAt(start)) ? ' ' : text.slice(start, end);
}

/** Where the token starting at `i` ends: a run of letters and digits, a run of whitespace, or one other character. */
function tokenEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isSpace(code)) {
    let end = i + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    return end;
  }
  const width = pointWidth(text, i);
  if (!isWordAt(text, i)) return i + width;
  let end = i + width;
  while (end < text.length && isWordAt(text, end)) end += pointWidth(text, end);
  return end;
}

function findMentions(root: TrieNode, text: string, offset: number): ActorMention[] {
  const mentions: ActorMention[] = [];
  let i = 0;
  let afterWord = false;
  while (i < text.length) {
    const end = tokenEnd(text, i);
    const space = isSpace(text.charCodeAt(i));
    const match = !space && !afterWord && mayStartName(root, text.slice(i, end)) ? matchAt(root, text, i) : undefined;
    if (match) {
      mentions.push({ actorKey: match.actorKey, text: text.slice(i, match.nameEnd), span: { start: offset + i, end: offset + match.nameEnd } });
      i = match.end;
      afterWord = isWordBefore(text, i);
    } else {
      afterWord = !space && isWordAt(text, i);
      i = end;
    }
  }
  return mentions;
}

/** Whether some name starts with this token (or with it less a plural "s"). */
function mayStartName(root: TrieNode, token: string): boolean {
  return childOf(root, token) !== undefined || (token.length > 1 && token.endsWith('s') && childOf(root, token.slice(0, -1)) !== undefined);
}

/** The longest name starting at `start` that ends on a word boundary (after an optional ending). */
function matchAt(root: TrieNode, text: string, start: number): { actorKey: string; nameEnd: number; end: number } | undefined {
  const ends: Array<{ actorKey: string; at: number }> = [];
  let node: TrieNode | undefined = root;
  let i = start;
  while (node && hasChildren(node) && i < text.length) {
    const end = tokenEnd(text, i);
    const token = edgeOf(text, i, end);
    // A name ending in a word, then the plural "s" in the same run of letters (`Koreans`).
    if (token.length > 1 && token.endsWith('s') && isWordAt(text, i)) {
      const stem = childOf(node, token.slice(0, -1));
      if (stem?.actorKey !== undefined) ends.push({ actorKey: stem.actorKey, at: end - 1 });
    }
    node = childOf(node, token);
    i = end;
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
  if (point === undefined) return false;
  if (point < 0x80) return (point >= 0x30 && point <= 0x39) || ((point | 0x20) >= 0x61 && (point | 0x20) <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(point));
}

/** Whether a UTF-16 code unit is whitespace (as `\s` and `trim` see it). */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}

/** 2 for a surrogate pair starting at `i`, else 1. */
function pointWidth(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Whether the code point ending just before `i` is a letter or digit. */
function isWordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const lowSurrogate = i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2));
  return isWordAt(text, lowSurrogate ? i - 2 : i - 1);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
