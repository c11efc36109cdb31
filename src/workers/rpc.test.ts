// The worker RPC, run against real worker modules: results, events, failures, cancelling, a
// worker that can't load, one that falls silent, and closing.
import { describe, expect, it } from 'vitest';
import { isDiskFull } from '../lib/disk-full';
import { connect, WorkerClosedError, type ConnectOptions } from './rpc';
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

  it('ends a worker that falls silent while a call waits, and says it stopped responding', async () => {
    const worker = new Worker(new URL('./testing/silent.worker.ts', import.meta.url), {
      type: 'module',
    });
    const silent = connect<SampleWorkerApi>(worker, 'sample worker', { silenceLimitMs: 200 });
    await expect(silent.call('double', 1)).rejects.toThrow('the sample worker stopped responding');
    expect(silent.closed).toBe(true);
    await expect(silent.call('double', 1)).rejects.toBeInstanceOf(WorkerClosedError);
  });
});
