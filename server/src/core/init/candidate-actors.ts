// Candidate actors for `tradecraft init`: the proper names the source texts
// use most, with the variants that name the same actor (a demonym, a
// parenthesised acronym, a person's surname) as aliases. A first draft for
// an analyst to review, so it favours few, frequent, plausible names.
import type { ActorKind } from '../schema/types.js';

export interface DraftActor {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Times the name or an alias occurs, and in how many texts. */
  mentions: number;
  texts: number;
}

const maxActors = 12;
const titles = /(?:President|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Ambassador|General|Gen\.|Admiral|Chairman|Leader|Director|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s*$/;
const organizationWords = /\b(Ministry|Agency|Council|Committee|Party|Army|Forces|Department|Office|Institute|Bank|Union|Organi[sz]ation|Nations|Command|Service|Assembly|Parliament|Congress|Court|Company|Corporation|Group)\b/;
const calendar = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const connectors = new Set(['of', 'for']);
const nameToken = /^(?:[A-Z][\p{L}\p{M}'’-]*|[A-Z]{2,6})$/u;

interface Found {
  name: string;
  count: number;
  texts: Set<number>;
  person: boolean;
  acronyms: Map<string, number>;
}

/** The most-used names of the texts, grouped with their variants, most mentioned first. */
export function candidateActors(texts: readonly string[]): DraftActor[] {
  const found = new Map<string, Found>();
  texts.forEach((text, index) => collectNames(text, index, found, lowercaseWords(texts)));
  const groups = groupVariants([...found.values()]);
  const used = new Set<string>();
  return groups
    .filter((group) => group.mentions >= 2)
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, maxActors)
    .map((group) => ({ ...group, key: uniqueSlug(group.name, used) }));
}

function lowercaseWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.match(/\b[a-z][a-z'’-]*\b/g) ?? []) words.add(word);
  return words;
}

function collectNames(text: string, textIndex: number, found: Map<string, Found>, lowercase: Set<string>): void {
  const sentences = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text.replace(/[#*_`>|[\]]/g, ' '));
  for (const { segment } of sentences) {
    for (const run of nameRuns(segment, lowercase)) {
      const entry = found.get(run.name) ?? { name: run.name, count: 0, texts: new Set<number>(), person: false, acronyms: new Map() };
      entry.count++;
      entry.texts.add(textIndex);
      // Only a title marks a person: states and ministries "say" things too.
      entry.person ||= titles.test(segment.slice(0, run.start));
      const acronym = /^\s*\(([A-Z]{2,6})\)/.exec(segment.slice(run.end));
      if (acronym) entry.acronyms.set(acronym[1], (entry.acronyms.get(acronym[1]) ?? 0) + 1);
      found.set(run.name, entry);
    }
  }
}

/** Runs of capitalised words (with `of`, `for`… between them), possessive `'s` dropped. */
function nameRuns(sentence: string, lowercase: Set<string>): Array<{ name: string; start: number; end: number }> {
  const runs: Array<{ name: string; start: number; end: number }> = [];
  const words = [...sentence.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)];
  let current: RegExpMatchArray[] = [];
  const flush = () => {
    while (current.length > 0 && connectors.has(current[current.length - 1][0])) current.pop();
    // "The Sylvanian ministry": a sentence-opening word also used in lower case is not part of the name.
    const opensSentence = current.length > 1 && sentence.slice(0, current[0].index).trim() === '';
    if (opensSentence && lowercase.has(current[0][0].toLowerCase())) current.shift();
    // "Admiral Rufus Firefly": the title marks a person and is not part of the name.
    while (current.length > 1 && titles.test(current[0][0])) current.shift();
    if (current.length > 0) {
      const last = current[current.length - 1];
      const name = current.map((m) => m[0]).join(' ').replace(/['’]s$/, '').replace(/\.$/, '');
      const first = current[0];
      const atStart = sentence.slice(0, first.index).trim() === '';
      // A capital that only opens the sentence is no name when the word is also used in lower case.
      const opener = atStart && current.length === 1 && lowercase.has(first[0].toLowerCase());
      if (!opener && !calendar.has(name) && name.length > 1) runs.push({ name, start: first.index!, end: last.index! + last[0].length });
    }
    current = [];
  };
  for (const word of words) {
    const token = word[0].replace(/\.$/, '').replace(/['’]s$/, '');
    const adjacent = current.length === 0 || /^[\s]+$/.test(sentence.slice(current[current.length - 1].index! + current[current.length - 1][0].length, word.index));
    if (!adjacent) flush();
    if (nameToken.test(token)) current.push(word);
    else if (current.length > 0 && connectors.has(token)) current.push(word);
    else flush();
    if (/['’]s$/.test(word[0])) flush();
  }
  flush();
  return runs;
}

interface Group {
  name: string;
  kind: ActorKind;
  aliases: string[];
  mentions: number;
  texts: number;
}

/** Joins each demonym, acronym and surname to the name it is a variant of. */
function groupVariants(names: Found[]): Group[] {
  const byCount = [...names].sort((a, b) => b.count - a.count || a.name.length - b.name.length);
  const owner = new Map<string, Found>();
  for (const candidate of byCount) {
    const head = byCount.find((other) => other !== candidate && !owner.has(other.name) && isVariant(candidate, other));
    if (head) owner.set(candidate.name, head);
  }
  const groups = new Map<Found, Found[]>();
  for (const name of byCount) {
    const head = owner.get(name.name) ?? name;
    groups.set(head, [...(groups.get(head) ?? []), ...(head === name ? [] : [name])]);
  }
  return [...groups].map(([head, variants]) => {
    const acronyms = [...head.acronyms.keys()].filter((a) => !variants.some((v) => v.name === a));
    const acronymCount = byCount.filter((f) => acronyms.includes(f.name)).reduce((n, f) => n + f.count, 0);
    const all = [head, ...variants];
    return {
      name: head.name,
      kind: kindOf(head),
      aliases: [...variants.map((v) => v.name), ...acronyms],
      mentions: all.reduce((n, f) => n + f.count, 0) + acronymCount,
      texts: new Set(all.flatMap((f) => [...f.texts])).size,
    };
  });
}

/** Whether `variant` names the same actor as `head`: its demonym, its acronym, or a person's surname. */
function isVariant(variant: Found, head: Found): boolean {
  if (head.acronyms.has(variant.name)) return true;
  const v = variant.name.split(' ');
  const h = head.name.split(' ');
  if (head.person && v.length === 1 && h.length >= 2 && h[h.length - 1] === v[0]) return true;
  if (v.length !== h.length || v.slice(0, -1).join(' ') !== h.slice(0, -1).join(' ')) return false;
  return isDemonym(v[v.length - 1], h[h.length - 1]);
}

/** `Korean` of `Korea`, `Chinese` of `China`, `Ukrainian` of `Ukraine`, `Russians` of `Russia`. */
function isDemonym(word: string, place: string): boolean {
  if (word.length <= place.length - 1) return false;
  let common = 0;
  while (common < Math.min(word.length, place.length) && word[common] === place[common]) common++;
  return common >= 4 && place.length - common <= 1 && /(?:n|ns|an|ans|ian|ians|ese|i|is|ish)$/.test(word);
}

function kindOf(found: Found): ActorKind {
  if (found.person) return 'person';
  if (organizationWords.test(found.name)) return 'organization';
  return 'other';
}

function uniqueSlug(name: string, used: Set<string>): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'actor';
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}
