// The bundles replace micromark's merge of adjacent data tokens (a splice per
// run: quadratic in a paragraph) with a one-pass version. It must leave the
// same events as micromark's loop, copied below from micromark 4's
// lib/initialize/text.js (MIT) as the reference.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mergeDataEvents } from '../../scripts/patches/merge-data-events.mjs';
import { fuzzParameters } from '../fuzz/budget.js';

type Token = { type: string; start: number; end: number };
type Event = [string, Token, null];

function micromarkMerge(events: Event[]): Event[] {
  let index = -1;
  let enter: number | undefined;
  while (++index <= events.length) {
    if (enter === undefined) {
      if (events[index] && events[index][1].type === 'data') {
        enter = index;
        index++;
      }
    } else if (!events[index] || events[index][1].type !== 'data') {
      if (index !== enter + 2) {
        events[enter][1].end = events[index - 1][1].end;
        events.splice(enter + 2, index - enter - 2);
        index = enter + 2;
      }
      enter = undefined;
    }
  }
  return events;
}

/** Enter/exit pairs of tokens in a row, as a paragraph's text gives them. */
const eventsOf = (types: string[]): Event[] =>
  types.flatMap((type, i) => {
    const token = { type, start: i, end: i + 1 };
    return [['enter', token, null], ['exit', token, null]] as Event[];
  });
const plain = (events: Event[]) => events.map(([kind, token]) => [kind, token.type, token.start, token.end]);

test('merging data tokens in one pass leaves the events micromark leaves', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('data', 'data', 'emphasis', 'labelStart', 'lineEnding'), { maxLength: 60 }), (types) => {
      assert.deepEqual(plain(mergeDataEvents(eventsOf(types))), plain(micromarkMerge(eventsOf(types))));
    }),
    fuzzParameters,
  );
});

test('a paragraph of 200,000 data tokens in a row becomes one', () => {
  const events = mergeDataEvents(eventsOf(Array(200_000).fill('data')));
  assert.equal(events.length, 2);
  assert.deepEqual(events[0][1], { type: 'data', start: 0, end: 200_000 });
});
