import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callWorker } from './worker-call';

const replySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('done'), value: z.number() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

/** A worker stand-in that answers each request with `answer`, as a real one would, later. */
class FakeWorker extends EventTarget {
  terminated = false;
  constructor(private readonly answer: (request: unknown) => Event) {
    super();
  }
  postMessage(request: unknown): void {
    setTimeout(() => this.dispatchEvent(this.answer(request)));
  }
  terminate(): void {
    this.terminated = true;
  }
}

function call(answer: (request: unknown) => Event) {
  const worker = new FakeWorker(answer);
  const reply = callWorker(worker as unknown as Worker, 'test worker', { n: 2 }, replySchema);
  return { worker, reply };
}

describe('one call to a worker', () => {
  it('resolves with the reply and ends the worker', async () => {
    const { worker, reply } = call(
      (request) =>
        new MessageEvent('message', {
          data: { type: 'done', value: (request as { n: number }).n * 21 },
        }),
    );
    await expect(reply).resolves.toEqual({ type: 'done', value: 42 });
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the message of a failed reply', async () => {
    const { worker, reply } = call(
      () => new MessageEvent('message', { data: { type: 'failed', message: 'disk full' } }),
    );
    await expect(reply).rejects.toThrow('disk full');
    expect(worker.terminated).toBe(true);
  });

  it('rejects a reply it does not understand, one that cannot be read, and a crash', async () => {
    await expect(
      call(() => new MessageEvent('message', { data: { type: 'done' } })).reply,
    ).rejects.toThrow('the test worker sent a message Arbor does not understand');
    await expect(call(() => new MessageEvent('messageerror')).reply).rejects.toThrow(
      'could not be read',
    );
    await expect(call(() => new ErrorEvent('error', { message: 'boom' })).reply).rejects.toThrow(
      'the test worker stopped (boom)',
    );
  });
});
