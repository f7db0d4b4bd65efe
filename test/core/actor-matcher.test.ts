// The actor-name matcher: its name table finds exactly what the regular expression
// it replaced found (kept below as the reference), on every sample and fixture
// assessment and on random text; aliases full of regex syntax are plain text;
// a schema of 50,000 actors is matched correctly through the whole service; a
// name written in lower case is also found with a capital first letter.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createActorMatcher } from '../../server/src/core/model/actor-mentions.js';
import type { ActorMention } from '../../server/src/core/model/types.js';
import type { ActorEntry } from '../../server/src/core/schema/types.js';
import { createTradecraftService } from '../../server/src/core/service.js';
import type { ReadResult, WorkspaceHost } from '../../server/src/core/workspace-host.js';
import { testDiskHost } from '../helpers/disk-host.js';

const root = path.resolve(import.meta.dirname, '../..');
const span = { start: 0, end: 0 };
const actor = (key: string, name: string, aliases: string[] = []): ActorEntry => ({
  key, name, kind: 'group', aliases, aliasSpans: [], related: [], relatedSpans: [], keySpan: span,
});

/**
 * The matcher this one replaced: one alternation of every name, longest first.
 * The reference, not used by the product. It looked a match up by its text as
 * written, so a name broken over a line had no owner (a bug): here the owner
 * of the name with its whitespace collapsed stands in.
 */
function regexMatcher(actors: ActorEntry[]): (text: string) => ActorMention[] {
  const owners = new Map<string, string>();
  const collapse = (t: string) => t.replace(/\s+/g, ' ');
  for (const a of actors) for (const name of [a.name, ...a.aliases]) if (name.trim() && !owners.has(name)) owners.set(name, a.key);
  // A name written in lower case also matches with a capital, at the start of a sentence; the names as written come first.
  for (const [name, key] of [...owners]) {
    const capital = name.trim().charAt(0).toUpperCase() + name.trim().slice(1);
    if (/^\p{Ll}/u.test(name.trim()) && !owners.has(capital)) owners.set(capital, key);
  }
  const byCollapsed = new Map<string, string>();
  for (const [name, key] of owners) if (!byCollapsed.has(collapse(name))) byCollapsed.set(collapse(name), key);
  if (owners.size === 0) return () => [];
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const names = [...owners.keys()].sort((a, b) => b.length - a.length).map(escape);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})(?:s|[’']s?)?(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => [...text.matchAll(regex)].map((m) => ({ actorKey: owners.get(m[1]) ?? byCollapsed.get(collapse(m[1]))!, text: m[1], span: { start: m.index!, end: m.index! + m[1].length } }));
}

function assessmentsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return assessmentsUnder(full);
    return name.endsWith('.md') && !full.includes(`${path.sep}sources${path.sep}`) ? [full] : [];
  });
}

/** On 3,000 random texts of up to `maxLength` pieces, the matcher finds what the regular expression finds. */
function assertSameAsReference(actors: ActorEntry[], pieces: string[], maxLength: number) {
  const reference = regexMatcher(actors);
  const matcher = createActorMatcher(actors);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(matcher.find(text, 0), reference(text));
    }),
    { numRuns: 3000 },
  );
  return { matcher, reference };
}

describe('actor matcher', () => {
  test('finds the same mentions as the regular expression it replaced, on every sample and fixture assessment', () => {
    const service = createTradecraftService(testDiskHost);
    const files = [...assessmentsUnder(path.join(root, 'samples')), ...assessmentsUnder(path.join(root, 'test/fixtures'))];
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const schemaPath = service.findSchemaFor(file, text);
      const actors = [...(schemaPath ? service.loadSchema(schemaPath)?.schema.actors.values() ?? [] : [])];
      if (actors.length === 0) continue;
      const expected = regexMatcher(actors)(text);
      assert.deepEqual(createActorMatcher(actors).find(text, 0), expected, file);
      compared += expected.length;
    }
    assert.ok(compared > 50, `only ${compared} mentions compared`);
  });

  test('finds the same mentions as the regular expression on random text', () => {
    const actors = [
      actor('nk', 'North Korea', ['DPRK', 'North Korean', 'Pyongyang']),
      actor('cn', 'China', ['PRC', 'Beijing', 'Chin']),
      actor('us', 'U.S.', ['United States', 'US']),
      actor('ru', 'Russia', ['Russian Federation', 'Moscow']),
    ];
    const pieces = ['North', 'Korea', 'Korean', 'DPRK', 'China', 'Chin', 'Chinas', 'PRC', 'U.S.', 'US', 'United', 'States', 'Russia', 'Russian', 'Federation',
      'Moscow', ' ', '  ', '\u00a0', '\n', 's', "'", '’', "'s", '’s', '.', ',', '(', ')', 'x', 'é', '7', '-', '𝐀'];
    assertSameAsReference(actors, pieces, 30);
  });

  test('names written in lower case, found with a capital as the regular expression found them, on random text', () => {
    const actors = [
      actor('board', 'Harbour Board', ['the harbour board', 'the board', 'harbour']),
      actor('film', 'The Board', []),
      actor('docs', 'Doctors Union', ['ärzte union']),
      // Letters whose capital is not one letter that turns back into them: ß (SS), dotless ı (I).
      actor('street', 'Street Office', ['ßtrasse office', 'ımam council']),
      actor('imams', 'Imam Assembly', ['imam council']),
      actor('long', 'the one two three four five six seven eight nine ten eleven twelve thirteen', []),
    ];
    const pieces = ['The', 'the', 'THE', 'Harbour', 'harbour', 'Harbours', 'board', 'Board', 'boards', 'Ärzte', 'ärzte', 'union', 'Union', 'SStrasse', 'ßtrasse',
      'Imam', 'imam', 'ımam', 'council', 'office', 'One', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
      'twelve', 'thirteen', ' ', ' ', ' ', '\n', '.', "'s", '’', 's', 'x'];
    const { matcher, reference } = assertSameAsReference(actors, pieces, 40);
    const owners = (text: string) => matcher.find(text, 0).map((m) => [m.text, m.actorKey]);
    const long = 'The one two three four five six seven eight nine ten eleven twelve thirteen';
    assert.deepEqual(owners(`${long}.`), [[long, 'long']], 'a long name written in lower case, found with a capital');
    assert.deepEqual(owners('SStrasse office, Imam council, Ärzte union.'), [['SStrasse office', 'street'], ['Imam council', 'street'], ['Ärzte union', 'docs']]);
    assert.deepEqual(owners('Imam council'), reference('Imam council').map((m) => [m.text, m.actorKey]));
    // A run of tokens is looked up in lower case only from a word that starts with a capital: never without its first token.
    const dotted = createActorMatcher([actor('a', 'x.S.a'), actor('b', '.S.'), actor('c', 'the x')]);
    assert.deepEqual(dotted.find('x.S. and The x', 0).map((m) => [m.text, m.actorKey]), [['The x', 'c']]);
  });

  test('aliases full of regular-expression syntax are matched as plain text', () => {
    const matcher = createActorMatcher([
      actor('cpp', 'C++ Group', ['(DPRK)', 'a.b*', '[Unit 8]', 'Ops\\d+', '$1 Fund', 'Who?', 'A|B']),
    ]);
    const found = (text: string) => matcher.find(text, 10).map((m) => [m.text, m.span.start]);
    assert.deepEqual(found('The C++ Group met (DPRK) and a.b* twice.'), [['C++ Group', 14], ['(DPRK)', 28], ['a.b*', 39]]);
    assert.deepEqual(found('[Unit 8] and Ops\\d+ paid the $1 Fund; Who? A|B.'), [['[Unit 8]', 10], ['Ops\\d+', 23], ['$1 Fund', 39], ['Who?', 48], ['A|B', 53]]);
    assert.deepEqual(found('Ops12 and aab and C+ Group and A or B'), [], 'no alias is read as a pattern');
  });

  test('a name written in lower case is found with a capital at the start of a sentence; a name written so belongs to its own actor', () => {
    const matcher = createActorMatcher([
      actor('board', 'Harbour Board', ['the harbour board', 'the board']),
      actor('union', 'Ferry Union', ['the ferrymen']),
      actor('film', 'The Board', []),
    ]);
    const found = (text: string) => matcher.find(text, 0).map((m) => [m.text, m.actorKey]);
    assert.deepEqual(found('The harbour board met the ferrymen. The ferrymen left.'), [['The harbour board', 'board'], ['the ferrymen', 'union'], ['The ferrymen', 'union']]);
    assert.deepEqual(found('The Board is a film; the board is not.'), [['The Board', 'film'], ['the board', 'board']]);
    assert.deepEqual(found('THE FERRYMEN and tHe ferrymen'), [], 'only the first letter, only upwards');
  });

  test('a name of many words is found whole, and a shorter name inside it still on its own', () => {
    const long = 'the joint committee of the northern river ports and the southern ferry operators for the lake district';
    const matcher = createActorMatcher([actor('board', 'Ferry Board', [long, 'the joint committee'])]);
    const found = (text: string) => matcher.find(text, 0).map((m) => [m.text, m.span.start]);
    assert.ok(long.split(' ').length * 2 > 24, 'longer than the walk without noted prefixes');
    assert.deepEqual(found(`We met ${long} today.`), [[long, 7]]);
    assert.deepEqual(found(`We met ${long.replace('lake', 'sea')} today.`), [['the joint committee', 7]]);
    assert.deepEqual(found(`${long.charAt(0).toUpperCase()}${long.slice(1)}’s chair.`), [[`T${long.slice(1)}`, 0]]);
  });

  test('a schema of 50,000 actors and a 100 KB assessment: every mention found, owned by the right actor', () => {
    const count = 50_000;
    const nameOf = (i: number) => `Brigade ${i.toString(36)}x`;
    const aliasOf = (i: number) => `B${i}-(unit)`;
    const schema = ['version: 1', 'sources:', '  report: {title: Report}', 'actors:',
      ...Array.from({ length: count }, (_, i) => `  a${i}: {name: "${nameOf(i)}", kind: group, aliases: ["${aliasOf(i)}"]}`)].join('\n');
    const sentences: string[] = [];
    const expected: string[] = [];
    for (let i = 0; sentences.join(' ').length < 100_000; i++) {
      const who = (i * 7919) % count;
      const other = (i * 104_729) % count;
      sentences.push(`The analyst judges that ${nameOf(who)} moved north and that ${aliasOf(other)}’s depot was emptied [@report].`);
      expected.push(`a${who}`, `a${other}`);
    }
    const files: Record<string, string> = { '/ws/claims-schema.yaml': schema };
    const host: WorkspaceHost = { readText: (p): ReadResult => (p in files ? { text: files[p] } : { error: 'no such file' }), fileExists: (p) => p in files };
    const service = createTradecraftService(host);
    const text = `# Big\n\n${sentences.join(' ')}\n\nA claim cites [@missing-key].\n`;
    const loaded = service.loadSchema('/ws/claims-schema.yaml')!;
    assert.equal(loaded.schema.actors.size, count);
    const mentions = service.buildModel(text, loaded).sentences.flatMap((s) => s.mentions.map((m) => m.actorKey));
    assert.deepEqual(mentions, expected);
    const result = service.checkAssessment('/ws/big.assessment.md', text);
    assert.deepEqual(result.findings.filter((f) => f.code === 'unknown-source').map((f) => f.message.slice(0, 29)), ['Unknown source "missing-key";']);
  });
});
