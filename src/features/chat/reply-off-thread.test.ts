// The page's side of the reply worker: text passed on as it grows, the outcome, Stop, and a
// worker that breaks, checked against a stand-in for the worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplyOutcome } from '../../db/messages-repo';
import { produceReplyOffThread } from './reply-off-thread';

class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  /** The worker most recently given a reply to run. */
  static asked: FakeWorker | undefined;
  requests: unknown[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(request: unknown): void {
    this.requests.push(request);
    FakeWorker.asked = this;
  }
  terminate(): void {
    this.terminated = true;
  }
  send(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  crash(message: string): void {
    this.dispatchEvent(new ErrorEvent('error', { message }));
  }
}

function replying(): FakeWorker {
  if (!FakeWorker.asked) throw new Error('No worker was asked for a reply');
  return FakeWorker.asked;
}

function startReply() {
  const controller = new AbortController();
  const texts: string[] = [];
  const outcome = produceReplyOffThread({
    sessionId: 's1',
    assistantId: 'a1',
    signal: controller.signal,
    onText: (text) => texts.push(text),
  });
  return { controller, texts, outcome };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.made = [];
  FakeWorker.asked = undefined;
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a reply in the reply worker', () => {
  it('asks for the reply, passes the text on as it grows, and resolves with the outcome', async () => {
    const { texts, outcome } = startReply();
    const worker = replying();
    expect(worker.requests).toEqual([{ type: 'reply', sessionId: 's1', assistantId: 'a1' }]);

    worker.send({ type: 'text', text: 'He' });
    worker.send({ type: 'text', text: 'Hello' });
    const done: ReplyOutcome = {
      content: 'Hello',
      status: 'done',
      usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
    };
    worker.send({ type: 'finished', outcome: done });

    await expect(outcome).resolves.toEqual(done);
    expect(texts).toEqual(['He', 'Hello']);
    expect(worker.terminated).toBe(true);
  });

  it('stops at once with the text that arrived, and ends the worker (and its connection)', async () => {
    const { controller, outcome } = startReply();
    const worker = replying();
    worker.send({ type: 'text', text: 'Half a' });
    controller.abort();
    await expect(outcome).resolves.toEqual({ content: 'Half a', status: 'stopped' });
    expect(worker.terminated).toBe(true);
  });

  it('ends as an error, keeping the text, when the worker crashes or sends something unreadable', async () => {
    const crashed = startReply();
    replying().send({ type: 'text', text: 'Some' });
    replying().crash('out of memory');
    await expect(crashed.outcome).resolves.toMatchObject({
      content: 'Some',
      status: 'error',
      error: expect.stringContaining('out of memory') as string,
    });

    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const garbled = startReply();
    replying().send({ type: 'finished', outcome: { status: 'maybe' } });
    await expect(garbled.outcome).resolves.toMatchObject({ content: '', status: 'error' });
  });

  it('uses the worker started ahead, unless it failed while waiting', () => {
    startReply();
    // Each reply leaves the next one's worker starting in idle time.
    vi.runAllTimers();
    const ready = FakeWorker.made.at(-1);
    startReply();
    expect(replying()).toBe(ready);

    vi.runAllTimers();
    const broken = FakeWorker.made.at(-1);
    broken?.crash('could not load');
    startReply();
    expect(replying()).not.toBe(broken);
    expect(broken?.terminated).toBe(true);
  });
});
