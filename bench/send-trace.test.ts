// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sendWork } from './send-trace';
import type { TraceEvent } from './trace/trace-events';

const MAIN = { pid: 1, tid: 1 };
const WORKER = { pid: 1, tid: 2 };

function event(name: string, from: number, to: number, thread = MAIN, data = {}): TraceEvent {
  return {
    name,
    cat: 'toplevel',
    ph: 'X',
    ts: from * 1000,
    dur: (to - from) * 1000,
    args: { data },
    ...thread,
  };
}

const task = (from: number, to: number, thread = MAIN) =>
  event('ThreadControllerImpl::RunTask', from, to, thread);
/** A task that ran `cpu` ms of its time on a core and waited for one the rest. */
const waitingTask = (from: number, to: number, cpu: number): TraceEvent => ({
  ...task(from, to),
  tdur: cpu * 1000,
});
const keydown = (from: number, to: number) =>
  event('EventDispatch', from, to, MAIN, { type: 'keydown' });

describe('main-thread work of a send from the trace', () => {
  it('adds up the main thread’s tasks from the press until the request arrives', () => {
    const work = sendWork(
      [task(0, 5), task(10, 14), keydown(11, 13), task(20, 30), task(40, 42), task(90, 120)],
      100_000,
    );
    expect(work.workMs).toBeCloseTo(4 + 10 + 2 + 10);
    expect(work.taskMs).toBeCloseTo(4 + 10 + 2 + 10);
    expect(work.windowMs).toBeCloseTo(90);
    expect(work.longestTaskMs).toBeCloseTo(30);
  });

  it('counts a nested task once and leaves out the worker’s tasks', () => {
    const work = sendWork(
      [task(10, 20), keydown(11, 12), task(12, 15), task(10, 60, WORKER)],
      50_000,
    );
    expect(work.workMs).toBeCloseTo(10);
  });

  it('counts a task’s CPU time as its work and its wall-clock time apart', () => {
    const work = sendWork(
      [waitingTask(10, 30, 8), keydown(11, 12), waitingTask(40, 50, 10), waitingTask(90, 110, 5)],
      100_000,
    );
    // The last task is half inside the window: half of its CPU time counts.
    expect(work.workMs).toBeCloseTo(8 + 10 + 2.5);
    expect(work.taskMs).toBeCloseTo(20 + 10 + 10);
    expect(work.longestTaskMs).toBeCloseTo(20);
  });

  it('refuses an arrival before the press, which means the clocks differ', () => {
    expect(() => sendWork([task(10, 20), keydown(11, 12)], 5_000)).toThrow(/clock/);
  });

  it('refuses a trace without the press', () => {
    expect(() => sendWork([task(10, 20)], 50_000)).toThrow(/keydown/);
  });
});
