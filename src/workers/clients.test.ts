// Workers started ahead: the next connection takes the one waiting, and one that failed to load
// while it waited is ended and replaced.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openWorker, startWorkerAhead } from './clients';

class CountedWorker extends EventTarget {
  static made: CountedWorker[] = [];
  terminated = false;
  constructor() {
    super();
    CountedWorker.made.push(this);
  }
  postMessage(): void {
    // Never answers: these tests only look at which worker a connection gets.
  }
  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', CountedWorker);
  CountedWorker.made = [];
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('workers started ahead', () => {
  it('hands the worker started ahead to the next connection, once', async () => {
    startWorkerAhead('fork');
    await vi.runAllTimersAsync();
    expect(CountedWorker.made).toHaveLength(1);
    openWorker('fork').close();
    expect(CountedWorker.made).toHaveLength(1);
    openWorker('fork').close();
    expect(CountedWorker.made).toHaveLength(2);
  });

  it('ends a worker that failed while waiting and starts a new one', async () => {
    startWorkerAhead('export');
    await vi.runAllTimersAsync();
    const [broken] = CountedWorker.made;
    broken?.dispatchEvent(new Event('error'));
    openWorker('export').close();
    expect(broken?.terminated).toBe(true);
    expect(CountedWorker.made).toHaveLength(2);
  });

  it('starts only one worker ahead of each kind', async () => {
    startWorkerAhead('import');
    startWorkerAhead('import');
    await vi.runAllTimersAsync();
    expect(CountedWorker.made).toHaveLength(1);
    openWorker('import').close();
  });
});
