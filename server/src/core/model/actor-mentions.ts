import type { ActorEntry } from '../schema/types.js';
import type { ActorMention } from './types.js';

/** Finds the names and aliases of schema actors in prose. */
export interface ActorMatcher {
  find(text: string, offset: number): ActorMention[];
}

/**
 * Builds one regular expression over every name and alias, longest first, so
 * "North Korean" wins over "North Korea". Names match case-sensitively on word
 * boundaries, with a plural or possessive ending allowed (`Beijing’s`, `North Koreans`).
 */
export function createActorMatcher(actors: Iterable<ActorEntry>): ActorMatcher {
  const owners = new Map<string, string>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) if (name.trim() && !owners.has(name)) owners.set(name, actor.key);
  }
  if (owners.size === 0) return { find: () => [] };
  const names = [...owners.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})(?:s|[’']s?)?(?![\\p{L}\\p{N}])`, 'gu');
  return {
    find(text, offset) {
      const mentions: ActorMention[] = [];
      for (const match of text.matchAll(regex)) {
        const start = offset + (match.index ?? 0);
        mentions.push({ actorKey: owners.get(match[1])!, text: match[1], span: { start, end: start + match[1].length } });
      }
      return mentions;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
