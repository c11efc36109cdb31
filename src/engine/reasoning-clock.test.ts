import { describe, expect, it } from 'vitest';
import { startReasoningClock } from './reasoning-clock';

function fakeTime() {
  let t = 1_000;
  return { now: () => t, pass: (ms: number) => (t += ms) };
}

describe('reasoning clock', () => {
  it('counts from the request to the first word of the answer', () => {
    const time = fakeTime();
    const clock = startReasoningClock(time.now);
    time.pass(2_000);
    clock.reasoned();
    time.pass(9_600);
    clock.answered();
    time.pass(30_000);
    clock.answered();
    expect(clock.seconds()).toBe(12);
  });

  it('counts to now for a reply that reasoned and gave no answer yet', () => {
    const time = fakeTime();
    const clock = startReasoningClock(time.now);
    clock.reasoned();
    time.pass(4_400);
    expect(clock.seconds()).toBe(4);
  });

  it('says nothing for a reply that did not reason', () => {
    const time = fakeTime();
    const clock = startReasoningClock(time.now);
    clock.answered();
    time.pass(3_000);
    expect(clock.seconds()).toBeUndefined();
  });
});
