// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { frameWork } from './frame-trace';

const MAIN = { pid: 1, tid: 1 };
const OTHER = { pid: 1, tid: 2 };

function frame(from: number, to: number, thread = MAIN) {
  return [
    { name: 'AnimationFrame' as const, ph: 'b', ts: from * 1000, ...thread },
    { name: 'AnimationFrame' as const, ph: 'e', ts: to * 1000, ...thread },
  ];
}

function task(from: number, to: number, thread = MAIN) {
  return {
    name: 'ThreadControllerImpl::RunTask' as const,
    ph: 'X',
    ts: from * 1000,
    dur: (to - from) * 1000,
    ...thread,
  };
}

describe('frame work from the trace', () => {
  it('adds up the main-thread tasks inside each frame, not the idle time between them', () => {
    const work = frameWork([
      ...frame(0, 16),
      task(1, 4),
      task(10, 15),
      ...frame(17, 40),
      task(18, 38),
    ]);
    expect(work.frames).toBe(2);
    expect(work.max).toBeCloseTo(20);
    expect(work.p50).toBeCloseTo(8);
  });

  it('counts a nested task once and only the part of a task inside the frame', () => {
    const work = frameWork([...frame(0, 10), task(2, 6), task(3, 5), task(8, 20)]);
    expect(work.max).toBeCloseTo(6);
  });

  it('reads the thread that drew the frames and ignores work on other threads', () => {
    const work = frameWork([
      ...frame(0, 10),
      ...frame(10, 20),
      ...frame(0, 10, OTHER),
      task(0, 9, OTHER),
      task(1, 2),
    ]);
    expect(work.frames).toBe(2);
    expect(work.max).toBeCloseTo(1);
  });
});
