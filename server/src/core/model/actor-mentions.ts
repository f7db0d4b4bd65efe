import type { ActorEntry } from '../schema/types.js';
import type { ActorMention } from './types.js';

/** Finds the names and aliases of schema actors in prose. */
export interface ActorMatcher {
  find(text: string, offset: number): ActorMention[];
}

/**
 * Names by their text with whitespace runs collapsed to one space, and for each
 * first token the most tokens a name starting with it has: a walk from a token
 * in the text looks up as many token runs as that allows, and no more. Names
 * longer than `shallow` tokens also note their longer prefixes, so a long name
 * starting with a common word costs a walk only where the text follows it.
 */
interface NameTable {
  owners: Map<string, string>;
  mostTokens: Map<string, number>;
  deepPrefixes: Set<string>;
  /**
   * For a first token in lower case ("the"), its form with a capital ("The"):
   * the most tokens a name starting with the token has. A word of the text
   * found here is looked up in lower case as well.
   */
  capitalFirsts: Map<string, number>;
  /**
   * 1 at every code unit that a key of `mostTokens` or `capitalFirsts` starts
   * with: a word of the text that starts with any other (most lower-case
   * words, when names are capitalised) is passed over without a look-up.
   */
  firstUnits: Uint8Array;
}

const shallow = 12;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * One matcher per schema version: a table of every name and alias by its
 * tokens. A token is a run of letters and digits, a run of whitespace (it
 * matches any run in the text) or any other single character. At each token
 * that starts a word or a symbol the matcher looks up the runs of tokens that
 * start there, as many as the longest name starting with that token has, so
 * the cost grows with the text, never with the number of actors, and a name is
 * only ever compared as plain text (regex syntax in an alias means nothing).
 * For 50,000 actors it keeps a third of the heap of the token trie it
 * replaced (12.8 MB against 36.9), in about the same time. The longest name
 * wins ("North Korean" over "North Korea"). Names match case-sensitively (a
 * name written in lower case also with a capital first letter) on word
 * boundaries, with a plural or possessive ending allowed (`Beijing’s`,
 * `North Koreans`).
 */
export function createActorMatcher(actors: Iterable<ActorEntry>): ActorMatcher {
  const table: NameTable = { owners: new Map(), mostTokens: new Map(), deepPrefixes: new Set(), capitalFirsts: new Map(), firstUnits: new Uint8Array(0x10000) };
  // A name that starts in lower case ("the ferrymen") is also found with its first letter in upper case, as it is
  // written at a sentence's start or in a heading ("The ferrymen"). The text's word is looked up in lower case after
  // its own form, so an actor whose own name the capital form is keeps it. Only a letter whose capital does not turn
  // back into it in lower case (ß, whose capital is SS) has its capital form added, after every name as written:
  // adding every capital form cost a quarter of building the table of 50,000 actors.
  const capitalForms: Array<[string, string]> = [];
  for (const actor of actors) {
    addName(table, actor.name, actor.key, capitalForms);
    for (const alias of actor.aliases) addName(table, alias, actor.key, capitalForms);
  }
  for (const [name, actorKey] of capitalForms) addName(table, name, actorKey);
  if (table.owners.size === 0) return { find: () => [] };
  return { find: (text, offset) => findMentions(table, text, offset) };
}

/** The word with its first letter in lower case, when it starts with a capital that turns back into it in upper case; else undefined. */
function decapitalised(word: string): string | undefined {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  const lower = first.toLowerCase();
  return lower !== first && lower.toUpperCase() === first ? lower + word.slice(first.length) : undefined;
}

/** The name with its first letter in upper case, when it starts with a lower-case letter; else undefined. */
function capitalised(name: string): string | undefined {
  const first = String.fromCodePoint(name.codePointAt(0)!);
  const upper = first.toUpperCase();
  return upper !== first && first.toLowerCase() === first ? upper + name.slice(first.length) : undefined;
}

/**
 * Adds a name, and when asked notes how its capital form is found (by looking
 * up the text's word in lower case, or added later); the first actor to claim
 * a name keeps it. Blank names are skipped.
 */
function addName(table: NameTable, name: string, actorKey: string, capitalForms?: Array<[string, string]>): void {
  const trimmed = name.trim();
  if (!trimmed) return;
  // Most names need no collapsing: they are their own key, and no string is made for them.
  const normal = unevenSpace.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  let first = '';
  let tokens = 0;
  for (let i = 0; i < normal.length; tokens++) {
    const end = tokenEnd(normal, i);
    if (tokens === 0) first = normal.slice(0, end);
    else if (tokens >= shallow) table.deepPrefixes.add(normal.slice(0, end));
    i = end;
  }
  if (!table.owners.has(normal)) table.owners.set(normal, actorKey);
  if (tokens > (table.mostTokens.get(first) ?? 0)) table.mostTokens.set(first, tokens);
  table.firstUnits[first.charCodeAt(0)] = 1;
  if (!capitalForms) return;
  const capitalFirst = capitalised(first);
  if (capitalFirst === undefined) return;
  if (decapitalised(capitalFirst) !== first) capitalForms.push([capitalised(trimmed)!, actorKey]);
  else if (tokens > (table.capitalFirsts.get(capitalFirst) ?? 0)) {
    table.capitalFirsts.set(capitalFirst, tokens);
    table.firstUnits[capitalFirst.charCodeAt(0)] = 1;
  }
}

/** Whitespace other than single spaces. */
const unevenSpace = /[^\S ]| {2}/;

/** The edge of the token from `start` to `end`: whitespace runs are one space. */
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

function findMentions(table: NameTable, text: string, offset: number): ActorMention[] {
  const mentions: ActorMention[] = [];
  let i = 0;
  let afterWord = false;
  while (i < text.length) {
    const end = tokenEnd(text, i);
    const space = isSpace(text.charCodeAt(i));
    const token = space || afterWord || table.firstUnits[text.charCodeAt(i)] === 0 ? '' : text.slice(i, end);
    const ownMost = token ? tokensFrom(table.mostTokens, token) : 0;
    const capitalMost = token && table.capitalFirsts.size > 0 && mayBeCapital(token.charCodeAt(0)) ? tokensFrom(table.capitalFirsts, token) : 0;
    const lower = capitalMost > 0 ? decapitalised(token) : undefined;
    // Where no name starts with the word as written ("The"), only its lower-case form is looked up.
    const match = ownMost > 0 ? matchAt(table, text, i, Math.max(ownMost, capitalMost), undefined, lower) : lower ? matchAt(table, text, i, capitalMost, lower) : undefined;
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

/** The most tokens a name starting with this token (or with it less a plural "s") has; 0 when none starts so. */
function tokensFrom(mostTokens: Map<string, number>, token: string): number {
  const most = mostTokens.get(token) ?? 0;
  return token.length > 1 && token.endsWith('s') ? Math.max(most, mostTokens.get(token.slice(0, -1)) ?? 0) : most;
}

/**
 * The longest name of at most `most` tokens starting at `start` that ends on a
 * word boundary (after an optional ending). With `firstAs`, the first token is
 * looked up in that form instead of as written; with `lowerFirst`, the first
 * token in lower case, each run of tokens is also looked up so, after its own form.
 */
function matchAt(table: NameTable, text: string, start: number, most: number, firstAs?: string, lowerFirst?: string): { actorKey: string; nameEnd: number; end: number } | undefined {
  const ends: Array<{ actorKey: string; at: number }> = [];
  let key = '';
  let lowerKey: string | undefined;
  let i = start;
  for (let tokens = 0; tokens < most && i < text.length; tokens++) {
    if (tokens > shallow && !table.deepPrefixes.has(key) && !(lowerKey !== undefined && table.deepPrefixes.has(lowerKey))) break;
    const end = tokenEnd(text, i);
    const token = tokens === 0 && firstAs !== undefined ? firstAs : edgeOf(text, i, end);
    const lowerToken = tokens === 0 ? lowerFirst : lowerKey === undefined ? undefined : token;
    // A name ending in a word, then the plural "s" in the same run of letters (`Koreans`).
    if (token.length > 1 && token.endsWith('s') && isWordAt(text, i)) {
      const stemOwner = ownerOf(table, key + token.slice(0, -1), lowerToken === undefined ? undefined : (lowerKey ?? '') + lowerToken.slice(0, -1));
      if (stemOwner !== undefined) ends.push({ actorKey: stemOwner, at: end - 1 });
    }
    key += token;
    lowerKey = lowerToken === undefined ? undefined : (lowerKey ?? '') + lowerToken;
    i = end;
    // Names are trimmed: none ends in the space just added.
    if (token === ' ') continue;
    const owner = ownerOf(table, key, lowerKey);
    if (owner !== undefined) ends.push({ actorKey: owner, at: i });
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = endingAfter(text, ends[k].at);
    if (end !== undefined) return { actorKey: ends[k].actorKey, nameEnd: ends[k].at, end };
  }
  return undefined;
}

/** Whether a word starting with this code unit may start with a capital: not a lower-case ASCII letter, digit or sign. */
function mayBeCapital(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || code >= 0x80;
}

/** The owner of a name as the text writes it, else of its form with the first letter in lower case. */
function ownerOf(table: NameTable, own: string, lower: string | undefined): string | undefined {
  return table.owners.get(own) ?? (lower === undefined ? undefined : table.owners.get(lower));
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
