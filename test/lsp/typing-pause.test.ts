// The typing pause, on a clock the test drives: how long a keystroke waits
// before its document is checked follows the document's recent checks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { longestPauseMs, shortestPauseMs, TypingPause } from '../../server/src/lsp/typing-pause.js';

describe('the typing pause', () => {
  test('a keystroke after a pause is checked at once; the next one in the burst waits', () => {
    const pause = new TypingPause();
    assert.equal(pause.waitAfterChange('a.md', 1000, false), 0);
    pause.checked('a.md', 4);
    assert.equal(pause.waitAfterChange('a.md', 1005, false), shortestPauseMs, 'a burst of a fast document waits the shortest pause');
  });

  test('a document whose checks take 40 ms makes a burst wait 40 ms, and a 40 ms gap counts as a pause', () => {
    const pause = new TypingPause();
    for (const took of [40, 40, 40]) pause.checked('long.md', took);
    assert.equal(pause.waitAfterChange('long.md', 0, false), 0);
    assert.equal(pause.waitAfterChange('long.md', 30, false), 40);
    assert.equal(pause.waitAfterChange('long.md', 70, false), 0, 'the last change was 40 ms ago');
  });

  test('a pending check is never run early, whatever the gap', () => {
    const pause = new TypingPause();
    pause.waitAfterChange('a.md', 0, false);
    assert.equal(pause.waitAfterChange('a.md', 500, true), shortestPauseMs);
  });

  test('the pause is the mean of the last six checks, so one slow full parse fades', () => {
    const pause = new TypingPause();
    pause.checked('a.md', 300);
    assert.equal(pause.pauseFor('a.md'), 300);
    for (let i = 0; i < 5; i++) pause.checked('a.md', 12);
    assert.equal(pause.pauseFor('a.md'), (300 + 5 * 12) / 6);
    pause.checked('a.md', 12);
    assert.equal(pause.pauseFor('a.md'), 12);
  });

  test('a check of several seconds still leaves at most the longest pause', () => {
    const pause = new TypingPause();
    pause.checked('huge.md', 9000);
    assert.equal(pause.pauseFor('huge.md'), longestPauseMs);
  });

  test('files keep their own pauses, and a forgotten file starts again', () => {
    const pause = new TypingPause();
    pause.checked('slow.md', 80);
    pause.checked('fast.md', 2);
    assert.equal(pause.pauseFor('slow.md'), 80);
    assert.equal(pause.pauseFor('fast.md'), shortestPauseMs);
    pause.forget('slow.md');
    assert.equal(pause.pauseFor('slow.md'), shortestPauseMs);
    assert.equal(pause.size, 1);
  });
});
