// The actor card on a made-up workspace (our own words): which sentences it
// shows and which it leaves out, the timeline, the actor's own words, the
// grades and the `¶n` links, in both link styles.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasBriefing } from '../../../server/src/core/features/actor-briefing.js';
import { cursor, markedDocument, memoryWorkspace } from '../../helpers/features.js';

const HARBOUR = [
  '# Harbour report',
  'Will Velmora reopen the port before summer?',
  'Velmora closed its northern port on March 3, 2023, after a strike by dock workers. Trade through the port fell 40 percent in March.',
  'Velmora signed a customs accord with Ostrava on 14 April.',
  'Ships waiting in Velmora were diverted to Ostrava. The Velmoran coast guard escorted them.',
  'PHOTO: Officials of Velmora at the quay. (Photo: Harbour Agency)',
  'The interior minister, Ana Ruiz, said the government would “reopen the quay within ten days.” Velmora’s government said the strike was “an illegal stoppage by a handful of workers.”',
  'Velmora is likely to settle with the unions by June.',
].join('\n\n');

const CHANNEL = 'Velmora signed a customs accord with Ostrava on April 14.\n\nWill Harbour Agency ever explain itself?\n';

const SCHEMA = `version: 1
sources:
  harbour-report:
    title: Harbour report
    date: 2023-05-02
    file: sources/harbour.md
    reliability: A
    credibility: 1
  channel-post:
    title: Channel post
    date: 2023-04-20
    file: sources/channel.md
    reliability: E
    credibility: 5
actors:
  velmora:
    name: Velmora
    kind: state
    aliases: [Velmoran]
    note: A made-up harbour state.
    related: [ostrava]
  ostrava:
    name: Ostrava
    kind: state
  ana-ruiz:
    name: Ana Ruiz
    kind: person
    aliases: [Ruiz]
  harbour-agency:
    name: Harbour Agency
    kind: organization
`;

const ASSESSMENT = '# Note\n\nVelmora closed the port in March [@harbour-report, ¶3]. Ruiz spoke. Harbour Agency said nothing.\n';

function card(word: string, paragraphLinks?: 'command' | 'file'): string {
  const { service } = memoryWorkspace({
    '/ws/claims-schema.yaml': SCHEMA,
    '/ws/sources/harbour.md': HARBOUR,
    '/ws/sources/channel.md': CHANNEL,
    '/ws/note.assessment.md': ASSESSMENT,
  });
  const at = ASSESSMENT.indexOf(word) + 1;
  const { doc, offset } = markedDocument('/ws/note.assessment.md', ASSESSMENT.slice(0, at) + cursor + ASSESSMENT.slice(at));
  const hover = service.hover({ ...doc, options: { paragraphLinks } }, offset);
  assert.ok(hover, `a card for ${word}`);
  return hover.markdown;
}

/** The card's section that starts with `**title**`, up to the next rule. */
function section(markdown: string, title: string): string | undefined {
  return markdown.split('\n\n---\n\n').find((part) => part.startsWith(`**${title}**`));
}

const quoted = (part: string | undefined) => (part ?? '').split('\n').filter((l) => l.startsWith('> ') && !l.startsWith('> — ')).map((l) => l.slice(2).replace(/\\(.)/g, '$1'));

describe('actor card', () => {
  test('what the sources say: the actor’s own dated acts and words, not its question, caption, place or adjective mentions', () => {
    const shown = quoted(section(card('Velmora'), 'What the sources say'));
    assert.deepEqual(shown, [
      'Velmora closed its northern port on March 3, 2023, after a strike by dock workers.',
      'Velmora signed a customs accord with Ostrava on 14 April.',
      'Velmora’s government said the strike was “an illegal stoppage by a handful of workers.”',
    ]);
  });

  test('each sentence names its source with title, grade and a ¶n link; the better-graded of two sources saying the same comes first, once', () => {
    const part = section(card('Velmora'), 'What the sources say') ?? '';
    const attributions = part.split('\n').filter((l) => l.startsWith('> — '));
    assert.deepEqual(attributions, [
      '> — *Harbour report* (A1), [¶3](file:///ws/sources/harbour.md#L5)',
      '> — *Harbour report* (A1), [¶4](file:///ws/sources/harbour.md#L7)',
      '> — *Harbour report* (A1), [¶7](file:///ws/sources/harbour.md#L13)',
    ]);
    assert.ok(!part.includes('Channel post'), 'the E5 channel repeats the accord: only the A1 report is quoted');
  });

  test('the timeline lists dated facts oldest first, a date without year taking the source’s year, each event once', () => {
    const part = section(card('Velmora'), 'Timeline');
    assert.equal(
      part,
      [
        '**Timeline**',
        '',
        '- 2023-03-03 · Velmora closed its northern port — `harbour-report` [¶3](file:///ws/sources/harbour.md#L5)',
        '- 2023-04-14 · Velmora signed a customs accord with Ostrava — `harbour-report` [¶4](file:///ws/sources/harbour.md#L7)',
      ].join('\n'),
    );
  });

  test('in its own words: only quotations the actor is credited with', () => {
    assert.deepEqual(quoted(section(card('Velmora'), 'In its own words')), ['“an illegal stoppage by a handful of workers.”']);
    assert.deepEqual(quoted(section(card('Ruiz'), 'In its own words')), ['“reopen the quay within ten days.”']);
  });

  test('an actor named only in a caption and a question gets no sentences: an empty section beats a wrong one', () => {
    const markdown = card('Harbour Agency');
    assert.match(markdown, /\*\*Harbour Agency\*\* · organization/);
    assert.equal(section(markdown, 'What the sources say'), undefined);
    assert.match(markdown, /Mentioned in 1 of 1 assessment$/);
  });

  test('in VS Code every ¶n is a command link that opens the source file at the paragraph’s line', () => {
    const part = section(card('Velmora', 'command'), 'What the sources say') ?? '';
    const links = [...part.matchAll(/\[¶(\d+)\]\(command:tradecraft\.openSourceParagraph\?([^)]+)\)/g)];
    assert.equal(links.length, 3);
    assert.deepEqual(JSON.parse(decodeURIComponent(links[0][2])), ['file:///ws/sources/harbour.md', 4]);
    assert.equal(HARBOUR.split('\n')[4].startsWith('Velmora closed'), true, 'line 4 (0-based) is ¶3');
  });
});

test('preparing an open document builds the card of every actor it mentions, once per schema version, and the cards read the same', () => {
  const files = { '/ws/claims-schema.yaml': SCHEMA, '/ws/sources/harbour.md': HARBOUR, '/ws/sources/channel.md': CHANNEL, '/ws/note.assessment.md': ASSESSMENT };
  const { service } = memoryWorkspace(files);
  const doc = { path: '/ws/note.assessment.md', text: ASSESSMENT };
  const loaded = service.analyse(doc).schema!;
  const actor = (key: string) => loaded.schema.actors.get(key)!;
  const mentioned = ['velmora', 'ana-ruiz', 'harbour-agency'];
  assert.deepEqual([...mentioned, 'ostrava'].map((key) => hasBriefing(actor(key), loaded)), [false, false, false, false]);
  const steps = service.prepareActorCardsInSteps(doc);
  let step = steps.next();
  let taken = 0;
  for (; !step.done; step = steps.next()) taken++;
  assert.equal(step.value, 3);
  assert.equal(taken, 2 + 3, 'a source per step, then an actor per step, so the server can pause between them');
  assert.deepEqual([...mentioned, 'ostrava'].map((key) => hasBriefing(actor(key), loaded)), [true, true, true, false], 'Ostrava is not mentioned');
  assert.equal(service.prepareActorCardsInSteps(doc).next().value, 0, 'a second pass builds nothing');
  const edited = { ...doc, text: `${ASSESSMENT}Ostrava replied.\n` };
  assert.equal(service.prepareActorCardsInSteps(edited).next().value, 0, 'a text never analysed is not analysed for its cards');
  assert.equal(hasBriefing(actor('ostrava'), loaded), false);
  const at = ASSESSMENT.indexOf('Velmora') + 1;
  assert.equal(service.hover(doc, at)?.markdown, memoryWorkspace(files).service.hover(doc, at)?.markdown);
});
