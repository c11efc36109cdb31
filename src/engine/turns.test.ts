// A turn end to end: sent from the page, run in the real reply worker, streamed from the mock
// OpenAI server over HTTP, and stored. Also Stop, a server error, a reply that can't be
// stored, and a worker that can't start.
import { describe, expect, it, vi } from 'vitest';
import { db } from '../db/schema';
import { activePath } from '../db/testing/active-path';
import { newChat, turnEnded, withMockProvider } from './testing/mock-provider-turns';
import { turnSelectors, useTurns } from './turn-store';
import { onTurnSaveFailure, sendMessage, stopEveryTurn, stopTurn, type SaveFailure } from './turns';
import { hasUnsavedReplies, saveUnsavedReplies } from './unsaved-replies';

const server = withMockProvider();
const unspiedPut = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype).put
  .value as IDBObjectStore['put'];

/** Whether the chat's running turn has streamed any text yet, in `state` (a store's). */
function streamedIn(state: ReturnType<typeof useTurns.getState>, sessionId: string): boolean {
  return Object.values(state.turns).some(
    (turn) =>
      !turn.ended &&
      turn.sessionId === sessionId &&
      Object.values(turn.texts).some((text) => text.length > 0),
  );
}

describe('a turn', () => {
  it('streams the reply into the store and stores it as done, with its usage', async () => {
    const sessionId = await newChat();
    const seen: string[] = [];
    const unsubscribe = useTurns.subscribe((s) => {
      const turn = Object.values(s.turns)[0];
      const text = turn?.current ? turn.texts[turn.current] : undefined;
      if (text && seen.at(-1) !== text) seen.push(text);
    });
    await sendMessage(sessionId, 'Hello there');
    expect(turnSelectors.replyingIn(sessionId)(useTurns.getState())).toBe(true);
    await turnEnded(sessionId);
    unsubscribe();

    const [question, reply] = await activePath(sessionId);
    expect(question).toMatchObject({ role: 'user', content: 'Hello there', status: 'done' });
    expect(reply).toMatchObject({ role: 'assistant', status: 'done' });
    expect(reply?.content).toContain('Hello there');
    expect(reply?.usage?.total_tokens).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(reply?.content);
    expect(await db.streams.count()).toBe(0);
  });

  it('keeps the text that arrived when stopped, and drops the connection', async () => {
    const sessionId = await newChat();
    await sendMessage(sessionId, '[mock:slow] [mock:long] Tell me a long story');
    await vi.waitFor(() => expect(streamedIn(useTurns.getState(), sessionId)).toBe(true), {
      timeout: 20_000,
    });
    const turnId = turnSelectors.activeTurnIn(sessionId)(useTurns.getState());
    if (!turnId) throw new Error('No turn is running');
    stopTurn(turnId);
    await turnEnded(sessionId);

    const reply = (await activePath(sessionId)).at(-1);
    expect(reply?.status).toBe('stopped');
    expect(reply?.content).not.toBe('');
    await vi.waitFor(async () => {
      const response = await fetch(`${server().url}/__requests`);
      const { requests } = (await response.json()) as { requests: { clientLeft: boolean }[] };
      expect(requests.at(-1)?.clientLeft).toBe(true);
    });
  });

  it('stores the reply as stopped, and asks the server nothing, when stopped as it is sent', async () => {
    const sessionId = await newChat();
    await fetch(`${server().url}/__requests`, { method: 'DELETE' });
    const sending = sendMessage(sessionId, 'Never mind');
    const turnId = turnSelectors.activeTurnIn(sessionId)(useTurns.getState());
    if (!turnId) throw new Error('The turn did not begin at once');
    stopTurn(turnId);
    await sending;
    await turnEnded(sessionId);

    const [question, reply] = await activePath(sessionId);
    expect(question?.content).toBe('Never mind');
    expect(reply).toMatchObject({ status: 'stopped', content: '' });
    const response = await fetch(`${server().url}/__requests`);
    const { requests } = (await response.json()) as { requests: unknown[] };
    expect(requests).toEqual([]);
  });

  it('stops the turns of every chat and resolves once all have ended and are forgotten', async () => {
    const chats = [await newChat(), await newChat()];
    for (const sessionId of chats) {
      await sendMessage(sessionId, '[mock:slow] [mock:long] Tell me a long story');
    }
    await stopEveryTurn();

    expect(useTurns.getState().turns).toEqual({});
    for (const sessionId of chats) {
      expect((await activePath(sessionId)).at(-1)?.status).toBe('stopped');
    }
    expect(await db.streams.count()).toBe(0);
  });

  it('stores a server error in plain words and keeps the question', async () => {
    const sessionId = await newChat();
    await sendMessage(sessionId, '[mock:500] Hello');
    await turnEnded(sessionId);
    const [question, reply] = await activePath(sessionId);
    expect(question?.content).toBe('[mock:500] Hello');
    expect(reply?.status).toBe('error');
    expect(reply?.error).toMatch(/server/i);
  });

  it('reports once when the streamed text can’t be written, and still stores the reply', async () => {
    // A full disk, at the IndexedDB level that the worker writes through.
    const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    const realPut = put.value as IDBObjectStore['put'];
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'streams') throw new DOMException('The disk is full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    let failures = 0;
    const stopListening = onTurnSaveFailure(() => failures++);
    const sessionId = await newChat();
    await sendMessage(sessionId, '[mock:long] [mock:slow=20] A long one, please');
    await turnEnded(sessionId);
    stopListening();
    vi.restoreAllMocks();

    expect(failures).toBe(1);
    const reply = (await activePath(sessionId)).at(-1);
    expect(reply?.status).toBe('done');
    expect(reply?.content).toContain('That is the end of this long reply.');
  }, 20_000);

  it('keeps a reply whose final write fails in memory, leaves its row unfinished, and stores it whole on the next try', async () => {
    let full = true;
    // Taken before any test spies on it, so this is never a spy calling itself.
    const realPut = unspiedPut;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // The reply's final write is an update of its message row; the turn's first write adds.
      if (full && this.name === 'messages') {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      }
      return realPut.apply(this, args);
    });
    const failures: SaveFailure[] = [];
    const stopListening = onTurnSaveFailure((failure) => failures.push(failure));
    const sessionId = await newChat();
    await sendMessage(sessionId, 'Keep this one');
    await turnEnded(sessionId);
    stopListening();

    expect(failures).toEqual(['reply']);
    expect(hasUnsavedReplies()).toBe(true);
    expect((await activePath(sessionId)).at(-1)).toMatchObject({ status: 'streaming' });
    await expect(saveUnsavedReplies()).rejects.toThrow('The disk is full');
    expect(hasUnsavedReplies()).toBe(true);

    full = false;
    await saveUnsavedReplies();
    vi.restoreAllMocks();
    expect(hasUnsavedReplies()).toBe(false);
    const reply = (await activePath(sessionId)).at(-1);
    expect(reply).toMatchObject({ status: 'done' });
    expect(reply?.content).toContain('You said: "Keep this one"');
  }, 20_000);

  it('runs the next turn in the worker the last one ended well in, and not in a stopped one', async () => {
    // A fresh engine, so no worker kept by an earlier test is waiting.
    vi.resetModules();
    const fresh = await import('./turns');
    const freshStore = await import('./turn-store');
    const ended = (sessionId: string) =>
      vi.waitFor(
        () =>
          expect(
            freshStore.turnSelectors.replyingIn(sessionId)(freshStore.useTurns.getState()),
          ).toBe(false),
        { timeout: 20_000 },
      );
    const Started = globalThis.Worker;
    let started = 0;
    vi.stubGlobal(
      'Worker',
      class CountedWorker extends Started {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          started += 1;
        }
      },
    );
    const sessionId = await newChat();
    await fresh.sendMessage(sessionId, 'First');
    await ended(sessionId);
    await fresh.sendMessage(sessionId, 'Second');
    await ended(sessionId);
    expect(started).toBe(1);

    await fresh.sendMessage(sessionId, '[mock:slow] [mock:long] Third');
    await vi.waitFor(
      () => expect(streamedIn(freshStore.useTurns.getState(), sessionId)).toBe(true),
      { timeout: 20_000 },
    );
    const turnId = freshStore.turnSelectors.activeTurnIn(sessionId)(freshStore.useTurns.getState());
    if (turnId) fresh.stopTurn(turnId);
    await ended(sessionId);
    await fresh.sendMessage(sessionId, 'Fourth');
    await ended(sessionId);
    // The stopped turn's worker was ended: the next turn ran in another.
    expect(started).toBeGreaterThanOrEqual(2);
    expect((await activePath(sessionId)).at(-1)?.status).toBe('done');
  });

  it('ends the turn as a failure when no worker can be started', async () => {
    // A fresh engine, so no reply worker started ahead by an earlier test is waiting.
    vi.resetModules();
    const fresh = await import('./turns');
    const freshStore = await import('./turn-store');
    vi.stubGlobal('Worker', function BlockedWorker() {
      throw new Error('workers are blocked here');
    });
    const sessionId = await newChat();
    await fresh.sendMessage(sessionId, 'Hello');
    await vi.waitFor(() =>
      expect(freshStore.turnSelectors.replyingIn(sessionId)(freshStore.useTurns.getState())).toBe(
        false,
      ),
    );
    const reply = (await activePath(sessionId)).at(-1);
    expect(reply?.status).toBe('error');
    expect(reply?.error).toContain('workers are blocked here');
  });
});
