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
  it('asks for the reply, puts the text together as it grows, and resolves with the outcome', async () => {
    const { texts, outcome } = startReply();
    const worker = replying();
    expect(worker.requests).toEqual([{ type: 'reply', sessionId: 's1', assistantId: 'a1' }]);

    worker.send({ type: 'more', text: 'He' });
    worker.send({ type: 'more', text: 'llo' });
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
    worker.send({ type: 'more', text: 'Half a' });
    controller.abort();
    await expect(outcome).resolves.toEqual({ content: 'Half a', status: 'stopped' });
    expect(worker.terminated).toBe(true);
  });

  it('ends as an error, keeping the text, when the worker crashes or sends something unreadable', async () => {
    const crashed = startReply();
    replying().send({ type: 'more', text: 'Some' });
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

  it('ignores what the worker sends after the reply was stopped', async () => {
    const { controller, texts, outcome } = startReply();
    const worker = replying();
    worker.send({ type: 'more', text: 'Kept' });
    controller.abort();
    worker.send({ type: 'more', text: ' late' });
    worker.send({ type: 'finished', outcome: { content: 'Kept late', status: 'done' } });
    await expect(outcome).resolves.toEqual({ content: 'Kept', status: 'stopped' });
    expect(texts).toEqual(['Kept']);
  });

  it('a stop that came first starts no worker', async () => {
    const controller = new AbortController();
    controller.abort();
    const made = FakeWorker.made.length;
    const outcome = produceReplyOffThread({
      sessionId: 's1',
      assistantId: 'a1',
      signal: controller.signal,
      onText: () => undefined,
    });
    await expect(outcome).resolves.toEqual({ content: '', status: 'stopped' });
    expect(FakeWorker.made.length).toBe(made);
    expect(FakeWorker.asked).toBeUndefined();
  });

  it('says to reload when the worker script does not load (an updated Arbor), and when a message cannot be cloned', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unloaded = startReply();
    replying().dispatchEvent(new Event('error'));
    await expect(unloaded.outcome).resolves.toMatchObject({
      status: 'error',
      error: expect.stringContaining('Reload the page') as string,
    });

    const uncloneable = startReply();
    replying().dispatchEvent(new MessageEvent('messageerror'));
    await expect(uncloneable.outcome).resolves.toMatchObject({ status: 'error' });
  });

  it('keeps usage and tool calls exactly as the worker passed them', async () => {
    const { outcome } = startReply();
    const done = {
      content: '',
      status: 'done',
      usage: { prompt_tokens: null, completion_tokens: 2 },
      tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }],
    };
    replying().send({ type: 'finished', outcome: done });
    await expect(outcome).resolves.toEqual(done);
  });

  it('replies in the page when no worker can be started', async () => {
    const first = startReply(); // takes any worker started ahead
    first.controller.abort();
    await first.outcome;
    vi.useRealTimers();
    vi.stubGlobal('Worker', function BlockedWorker() {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The in-page reply reads the (empty) database: this chat is not there.
    await expect(startReply().outcome).resolves.toMatchObject({
      status: 'error',
      error: expect.stringContaining('no longer exists') as string,
    });
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
