import type { ActorEntry, SchemaProblem } from './types.js';

/**
 * Cross-checks actors once all are read: a name or alias claimed by two actors
 * would make mentions ambiguous, and a `related` key must name an actor.
 */
export function checkActors(actors: Map<string, ActorEntry>): SchemaProblem[] {
  return [...findSharedAliases(actors), ...findDanglingRelated(actors)];
}

function findSharedAliases(actors: Map<string, ActorEntry>): SchemaProblem[] {
  const owners = new Map<string, string>();
  const problems: SchemaProblem[] = [];
  for (const actor of actors.values()) owners.set(actor.name.toLowerCase(), actor.key);
  for (const actor of actors.values()) {
    for (let i = 0; i < actor.aliases.length; i++) {
      const alias = actor.aliases[i];
      const lower = alias.toLowerCase();
      const owner = owners.get(lower);
      if (owner !== undefined && owner !== actor.key) {
        problems.push({
          code: 'schema-error',
          message: `Alias "${alias}" is already claimed by actor "${owner}"; a name may belong to one actor only.`,
          span: actor.aliasSpans[i],
        });
      } else owners.set(lower, actor.key);
    }
  }
  return problems;
}

function findDanglingRelated(actors: Map<string, ActorEntry>): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const actor of actors.values()) {
    actor.related.forEach((key, i) => {
      if (!actors.has(key)) {
        problems.push({ code: 'schema-error', message: `Related actor "${key}" is not defined under actors.`, span: actor.relatedSpans[i] });
      }
    });
  }
  return problems;
}
