// micromark merges adjacent `data` tokens of a paragraph's text with one
// Array#splice per run, each moving every event after it: quadratic in one
// paragraph (13 of 18 s for a 3 MB line). The bundles use this one-pass
// version instead (see micromark-linear-text.mjs); it leaves the same events.

/**
 * Merges each run of adjacent `data` events (enter, exit, enter, exit, …) into
 * its first token, in place: the first token's end becomes the run's end.
 * @param {Array<[string, { type: string, end: unknown }, unknown]>} events
 */
export function mergeDataEvents(events) {
  let write = 0;
  let index = 0;
  while (index < events.length) {
    if (events[index][1].type !== 'data') {
      events[write++] = events[index++];
      continue;
    }
    const enter = index;
    index += 2; // the token's enter and exit
    while (index < events.length && events[index][1].type === 'data') index++;
    if (index > enter + 2) events[enter][1].end = events[index - 1][1].end;
    events[write++] = events[enter];
    if (enter + 1 < events.length) events[write++] = events[enter + 1];
  }
  events.length = write;
  return events;
}
