import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrashPolicy } from '../../client/src/crash-policy.js';

test('a crashed server is restarted and the analyst is told once', () => {
  let clock = 0;
  const policy = new CrashPolicy(() => clock);
  const first = policy.onCrash();
  assert.equal(first.restart, true);
  assert.match(first.tell ?? '', /stopped unexpectedly and was restarted/);
  clock += 2 * 60 * 1000;
  const second = policy.onCrash();
  assert.equal(second.restart, true);
  assert.equal(second.tell, undefined, 'told twice');
  assert.match(second.log, /restarting/);
});

test('five crashes in three minutes: no more restarts, and it says so', () => {
  let clock = 0;
  const policy = new CrashPolicy(() => clock);
  const decisions = Array.from({ length: 5 }, () => {
    clock += 10_000;
    return policy.onCrash();
  });
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false]);
  assert.match(decisions[4].tell ?? '', /stopped 5 times in 3 minutes and will not be restarted/);
});

test('crashes spread over more than three minutes keep restarting', () => {
  let clock = 0;
  const policy = new CrashPolicy(() => clock);
  for (let i = 0; i < 20; i++) {
    clock += 60_000;
    assert.equal(policy.onCrash().restart, true, `crash ${i}`);
  }
});
