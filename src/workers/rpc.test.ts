// The worker RPC, run against real worker modules: results, events, failures, cancelling, a
// worker that can't load, and closing; and, against a stand-in worker on a clock the test
// moves, when a silent worker is taken for stuck.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDiskFull } from '../lib/disk-full';
import { connect, WorkerClosedError, type ConnectOptions } from './rpc/connect';
import type { SampleWorkerApi } from './testing/sample.worker';

function sample(options?: ConnectOptions) {
  const worker = new Worker(new URL('./testing/sample.worker.ts', import.meta.url), {
    type: 'module',
  });
  return connect<SampleWorkerApi>(worker, 'sample worker', options);
}

describe('worker RPC', () => {
  it('resolves a call with what the method returned', async () => {
    const worker = sample();
    await expect(worker.call('double', 21)).resolves.toBe(42);
    worker.close();
  });

  it('passes events on in order before the result', async () => {
    const worker = sample();
    const events: number[] = [];
    const result = await worker.call('countTo', 3, { onEvent: (n) => events.push(n) });
    expect(events).toEqual([1, 2, 3]);
    expect(result).toBe('counted');
    worker.close();
  });

  it('keeps calls apart when several run at once', async () => {
    const worker = sample();
    const [a, b] = await Promise.all([worker.call('double', 1), worker.call('double', 2)]);
    expect([a, b]).toEqual([2, 4]);
    worker.close();
  });

  it('rejects with the reason when the method fails, and the worker keeps serving', async () => {
    const worker = sample();
    await expect(worker.call('fail', undefined)).rejects.toThrow('the sample failed on purpose');
    await expect(worker.call('double', 1)).resolves.toBe(2);
    worker.close();
  });

  it('passes on the error’s name and what it wrapped, so a full disk is told apart', async () => {
    const worker = sample();
    const error = await worker.call('failFull', undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError', message: 'Transaction aborted' });
    expect((error as Error).cause).toMatchObject({ name: 'QuotaExceededError' });
    expect(isDiskFull(error)).toBe(true);
    worker.close();
  });

  it('aborts the method’s signal when the call is cancelled, and returns what it returns', async () => {
    const worker = sample();
    const controller = new AbortController();
    const call = worker.call('waitForCancel', undefined, { signal: controller.signal });
    controller.abort();
    await expect(call).resolves.toBe('cancelled');
    worker.close();
  });

  it('tells the worker a call was cancelled before it started', async () => {
    const worker = sample();
    const controller = new AbortController();
    controller.abort();
    await expect(
      worker.call('waitForCancel', undefined, { signal: controller.signal }),
    ).resolves.toBe('cancelled');
    worker.close();
  });

  it('rejects every waiting call when the worker is closed, and every later one', async () => {
    const worker = sample();
    const waiting = worker.call('waitForCancel', undefined);
    worker.close();
    await expect(waiting).rejects.toBeInstanceOf(WorkerClosedError);
    await expect(worker.call('double', 1)).rejects.toBeInstanceOf(WorkerClosedError);
  });

  it('rejects the call when the worker’s script fails as it loads', async () => {
    const worker = new Worker(new URL('./testing/broken.worker.ts', import.meta.url), {
      type: 'module',
    });
    const broken = connect<SampleWorkerApi>(worker, 'sample worker');
    await expect(broken.call('double', 1)).rejects.toThrow(
      'the sample worker stopped (this worker is broken)',
    );
  });

  it('rejects the call when the worker answers with something it can’t read', async () => {
    const worker = new Worker(new URL('./testing/garbled.worker.ts', import.meta.url), {
      type: 'module',
    });
    const garbled = connect<SampleWorkerApi>(worker, 'sample worker');
    await expect(garbled.call('double', 1)).rejects.toThrow(
      'the sample worker sent a message Arbor does not understand',
    );
  });

  it('keeps a long call whose worker says it is alive, however long it is silent otherwise', async () => {
    // Silent for 1.2 s, six times the limit, but alive every 50 ms.
    const worker = sample({ silenceLimitMs: 200 });
    await expect(worker.call('waitFor', 1_200)).resolves.toBe('waited 1200 ms');
    expect(worker.closed).toBe(false);
    worker.close();
  });
});

/** A worker the test speaks for, so the page's side can be watched on a clock the test moves. */
class StandInWorker extends EventTarget {
  terminated = false;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
  sayAlive(): void {
    this.dispatchEvent(new MessageEvent('message', { data: { kind: 'alive' } }));
  }
}

describe('a worker that falls silent', () => {
  const LIMIT = 1_000;
  let clock = 0;
  /** `ms` pass: the page's clock moves, and its timers run as they come due. */
  const pass = (ms: number) => {
    for (let i = 0; i < ms / 50; i++) {
      clock += 50;
      vi.advanceTimersByTime(50);
    }
  };
  const connectStandIn = () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const worker = new StandInWorker();
    const connection = connect<SampleWorkerApi>(worker as unknown as Worker, 'sample worker', {
      silenceLimitMs: LIMIT,
    });
    return { worker, connection };
  };
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is ended once it has been silent past the limit while a call waits, and the call fails', async () => {
    const { worker, connection } = connectStandIn();
    const call = connection.call('double', 1);
    worker.sayAlive();
    pass(LIMIT / 2);
    worker.sayAlive();
    pass(LIMIT / 2);
    expect(worker.terminated).toBe(false);
    pass(LIMIT);
    await expect(call).rejects.toThrow('the sample worker stopped responding');
    expect(worker.terminated).toBe(true);
    expect(connection.closed).toBe(true);
  });

  it('is not taken for stuck before it has said anything: its script may still be loading', () => {
    const { worker, connection } = connectStandIn();
    void connection.call('double', 1).catch(() => undefined);
    pass(LIMIT * 5);
    expect(worker.terminated).toBe(false);
    connection.close();
  });

  it('does not count the time the page itself was suspended', () => {
    const { worker, connection } = connectStandIn();
    void connection.call('double', 1).catch(() => undefined);
    worker.sayAlive();
    pass(LIMIT / 2);
    // A sleeping laptop: the clock jumps, and the page's timers run once, late.
    clock += LIMIT * 10;
    pass(LIMIT / 2);
    expect(worker.terminated).toBe(false);
    pass(LIMIT * 2);
    expect(worker.terminated).toBe(true);
  });
});
