// The typing pause, on a clock the test drives: how long a keystroke waits
// before its document is checked follows the document's recent checks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { longestPauseMs, shortestPauseMs, TypingPause } from '../../server/src/lsp/typing-pause.js';

/** A pause that has seen a file's first check (the opening parse, not counted) and then these. */
function pauseAfter(filePath: string, checks: number[]): TypingPause {
  const pause = new TypingPause();
  pause.checked(filePath, 500);
  for (const took of checks) pause.checked(filePath, took);
  return pause;
}

describe('the typing pause', () => {
  test('a keystroke after a pause is checked at once; the next one in the burst waits', () => {
    const pause = new TypingPause();
    assert.equal(pause.waitAfterChange('a.md', 1000, false), 0);
    pause.checked('a.md', 4);
    assert.equal(pause.waitAfterChange('a.md', 1005, false), shortestPauseMs, 'a burst of a fast document waits the shortest pause');
  });

  test('a document whose checks take 40 ms makes a burst wait 40 ms, and a 40 ms gap counts as a pause', () => {
    const pause = pauseAfter('long.md', [40, 40, 40]);
    assert.equal(pause.waitAfterChange('long.md', 0, false), 0);
    assert.equal(pause.waitAfterChange('long.md', 30, false), 40);
    assert.equal(pause.waitAfterChange('long.md', 70, false), 0, 'the last change was 40 ms ago');
  });

  test('the first check of a document (its whole parse) does not make the first burst wait', () => {
    const pause = new TypingPause();
    pause.checked('long.md', 400);
    assert.equal(pause.pauseFor('long.md'), shortestPauseMs);
    pause.checked('long.md', 15);
    pause.checked('long.md', 15);
    assert.equal(pause.pauseFor('long.md'), 15);
  });

  test('one slow check among the first few (cold code after opening) does not make the keystrokes after it wait', () => {
    const pause = pauseAfter('long.md', [60]);
    assert.equal(pause.pauseFor('long.md'), shortestPauseMs, 'the checks not seen yet count as the shortest pause: median of 60, 10, 10');
    pause.checked('long.md', 20);
    assert.equal(pause.pauseFor('long.md'), 20, 'median of 60, 20, 10');
    pause.checked('long.md', 25);
    assert.equal(pause.pauseFor('long.md'), 25, 'median of 60, 20, 25');
  });

  test('a pending check is never run early, whatever the gap', () => {
    const pause = new TypingPause();
    pause.waitAfterChange('a.md', 0, false);
    assert.equal(pause.waitAfterChange('a.md', 500, true), shortestPauseMs);
  });

  test('the pause is the median of the last six checks: one slow check does not hold up the keystrokes after it', () => {
    const pause = pauseAfter('a.md', [12, 12, 300, 12]);
    assert.equal(pause.pauseFor('a.md'), 12);
    for (const took of [30, 30, 30, 30]) pause.checked('a.md', took);
    assert.equal(pause.pauseFor('a.md'), 30, 'the window holds the last six: 300, 12, 30, 30, 30, 30');
  });

  test('a check of several seconds still leaves at most the longest pause', () => {
    const pause = pauseAfter('huge.md', [9000, 9000]);
    assert.equal(pause.pauseFor('huge.md'), longestPauseMs);
  });

  test('files keep their own pauses, and a forgotten file starts again', () => {
    const pause = pauseAfter('slow.md', [80, 80]);
    pause.checked('fast.md', 2);
    pause.checked('fast.md', 2);
    assert.equal(pause.pauseFor('slow.md'), 80);
    assert.equal(pause.pauseFor('fast.md'), shortestPauseMs);
    pause.forget('slow.md');
    assert.equal(pause.pauseFor('slow.md'), shortestPauseMs);
    assert.equal(pause.size, 1);
  });
});
