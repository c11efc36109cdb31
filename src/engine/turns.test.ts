// A turn end to end: sent from the page, run in the real reply worker, streamed from the mock
// OpenAI server over HTTP, and stored. Also Stop, a server error, and a worker that can't start.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../e2e/mock-server/server';
import { db } from '../db/schema';
import { createSession } from '../db/sessions-repo';
import { addProvider, removeProvider } from '../db/providers-repo';
import { loadNewChatDefaults } from '../db/settings-repo';
import type { MessageRow, SessionParams } from '../db/types';
import { turnSelectors, useTurns } from './turn-store';
import { onTurnSaveFailure, sendMessage, stopEveryTurn, stopTurn, type SaveFailure } from './turns';
import { hasUnsavedReplies, saveUnsavedReplies } from './unsaved-replies';
import { activePath } from '../db/testing/active-path';

let server: RunningMockServer;
const unspiedPut = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype).put
  .value as IDBObjectStore['put'];

beforeAll(async () => {
  server = await startMockServer(0);
  await addProvider(
    { name: 'Mock', presetId: 'custom', baseURL: server.baseURL, apiKey: 'sk-test', models: [] },
    'mock-small',
  );
});

afterAll(() => server.close());

afterEach(async () => {
  vi.unstubAllGlobals();
  // A test that failed midway must not leave a full disk to the next one.
  vi.restoreAllMocks();
  useTurns.setState({ turns: {} });
  await Promise.all([db.sessions.clear(), db.messages.clear(), db.streams.clear()]);
});

async function turnEnded(sessionId: string) {
  await vi.waitFor(
    () => expect(turnSelectors.replyingIn(sessionId)(useTurns.getState())).toBe(false),
    {
      timeout: 20_000,
    },
  );
}

/** Whether the chat's running turn has streamed any text yet, in `state` (a store's). */
function streamedIn(state: ReturnType<typeof useTurns.getState>, sessionId: string): boolean {
  return Object.values(state.turns).some(
    (turn) =>
      !turn.ended &&
      turn.sessionId === sessionId &&
      Object.values(turn.texts).some((text) => text.length > 0),
  );
}

async function newChat() {
  return createSession({ model: 'mock-small', systemPrompt: '' });
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
      const response = await fetch(`${server.url}/__requests`);
      const { requests } = (await response.json()) as { requests: { clientLeft: boolean }[] };
      expect(requests.at(-1)?.clientLeft).toBe(true);
    });
  });

  it('stores the reply as stopped, and asks the server nothing, when stopped as it is sent', async () => {
    const sessionId = await newChat();
    await fetch(`${server.url}/__requests`, { method: 'DELETE' });
    const sending = sendMessage(sessionId, 'Never mind');
    const turnId = turnSelectors.activeTurnIn(sessionId)(useTurns.getState());
    if (!turnId) throw new Error('The turn did not begin at once');
    stopTurn(turnId);
    await sending;
    await turnEnded(sessionId);

    const [question, reply] = await activePath(sessionId);
    expect(question?.content).toBe('Never mind');
    expect(reply).toMatchObject({ status: 'stopped', content: '' });
    const response = await fetch(`${server.url}/__requests`);
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

// Two real servers and the reply worker with the openai SDK: slower than 5 s on a busy machine.
describe('a turn with several providers', { timeout: 20_000 }, () => {
  const seenKeys = async (mock: RunningMockServer) => {
    const { seen } = (await (await fetch(`${mock.url}/__requests`)).json()) as {
      seen: { route: string; authorization: string | null }[];
    };
    return seen.map((s) => s.authorization);
  };

  it("sends each chat to its own provider with that provider's key only", async () => {
    const first = await startMockServer(0, { apiKey: 'sk-first' });
    const second = await startMockServer(0, { apiKey: 'sk-second' });
    try {
      const input = { presetId: 'custom', models: [] };
      const firstId = await addProvider({
        ...input,
        name: 'First',
        baseURL: first.baseURL,
        apiKey: 'sk-first',
      });
      const secondId = await addProvider({
        ...input,
        name: 'Second',
        baseURL: second.baseURL,
        apiKey: 'sk-second',
      });
      const onFirst = await createSession({
        providerId: firstId,
        model: 'mock-small',
        systemPrompt: '',
      });
      const onSecond = await createSession({
        providerId: secondId,
        model: 'mock-large',
        systemPrompt: '',
      });
      await sendMessage(onFirst, 'To the first');
      await sendMessage(onSecond, 'To the second');
      await Promise.all([turnEnded(onFirst), turnEnded(onSecond)]);

      expect((await activePath(onFirst)).at(-1)).toMatchObject({
        status: 'done',
        provider: 'First',
        model: 'mock-small',
      });
      expect((await activePath(onSecond)).at(-1)).toMatchObject({
        status: 'done',
        provider: 'Second',
        model: 'mock-large',
      });
      expect(await seenKeys(first)).toEqual(['Bearer sk-first']);
      expect(await seenKeys(second)).toEqual(['Bearer sk-second']);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await db.providers.bulkDelete(
        await db.providers.filter((p) => p.name !== 'Mock').primaryKeys(),
      );
    }
  });

  it('asks for another provider, sending nothing, when the chat’s provider was removed', async () => {
    const gone = await startMockServer(0);
    try {
      const goneId = await addProvider({
        name: 'Gone',
        presetId: 'custom',
        baseURL: gone.baseURL,
        apiKey: 'sk-gone',
        models: [],
      });
      const sessionId = await createSession({
        providerId: goneId,
        model: 'mock-small',
        systemPrompt: '',
      });
      await removeProvider(goneId);
      await sendMessage(sessionId, 'Anyone there?');
      await turnEnded(sessionId);

      const [question, reply] = await activePath(sessionId);
      expect(question?.content).toBe('Anyone there?');
      expect(reply?.status).toBe('error');
      expect(reply?.error).toContain("This chat's provider was removed");
      expect((await db.sessions.get(sessionId))?.providerId).toBe(goneId);
      expect(await seenKeys(gone)).toEqual([]);
    } finally {
      await gone.close();
    }
  });
});

describe('a turn in a chat longer than the model’s window', () => {
  // The mock lists mock-tiny with its 2,048-token window, as the provider's fetched list holds.
  beforeAll(async () => {
    await db.providers
      .filter((p) => p.name === 'Mock')
      .modify({ models: [{ id: 'mock-tiny', contextLength: 2_048 }] });
  });
  /** A chat on mock-tiny (2,048 tokens) with `turns` old question-and-answer pairs. */
  async function longTinyChat(turns: number, params: SessionParams = {}) {
    const { providerId } = await loadNewChatDefaults();
    const sessionId = await createSession({
      ...(providerId ? { providerId } : {}),
      model: 'mock-tiny',
      systemPrompt: 'Be brief.',
    });
    await db.sessions.update(sessionId, { params });
    const rows: MessageRow[] = [];
    let parentId: string | null = null;
    for (let i = 0; i < turns * 2; i++) {
      const id = `old-${sessionId}-${i}`;
      const role = i % 2 === 0 ? 'user' : 'assistant';
      rows.push({
        id,
        sessionId,
        parentId,
        role,
        content: `${role} message ${i}: ${'lorem ipsum dolor sit amet '.repeat(12)}`,
        createdAt: i + 1,
        status: 'done',
      });
      parentId = id;
    }
    await db.messages.bulkAdd(rows);
    await db.sessions.update(sessionId, { activeLeafId: parentId });
    return sessionId;
  }

  const requestsTo = async () => {
    const { requests } = (await (await fetch(`${server.url}/__requests`)).json()) as {
      requests: { body: { model: string; messages: { role: string; content: string }[] } }[];
    };
    return requests.filter((r) => r.body.model === 'mock-tiny').map((r) => r.body.messages);
  };

  it('sends the system prompt and the newest messages that fit, ending with the question', async () => {
    await fetch(`${server.url}/__requests`, { method: 'DELETE' });
    const sessionId = await longTinyChat(40);
    await sendMessage(sessionId, 'And the newest question?');
    await turnEnded(sessionId);

    expect((await activePath(sessionId)).at(-1)?.status).toBe('done');
    const [sent] = await requestsTo();
    expect(sent?.[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(sent?.at(-1)).toEqual({ role: 'user', content: 'And the newest question?' });
    expect(sent?.length).toBeLessThan(81);
    expect(sent?.length).toBeGreaterThan(4);
    // Counted once and kept: every message sent has its count stored.
    const kept = await db.tokenCounts.where('sessionId').equals(sessionId).toArray();
    expect(kept.filter((k) => k.counts.o200k_base !== undefined).length).toBeGreaterThan(40);
  });

  it('cuts again to the server’s numbers and says so when the server still says too long', async () => {
    await fetch(`${server.url}/__requests`, { method: 'DELETE' });
    // The chat claims a window four times the model's: the first request is too long.
    const sessionId = await longTinyChat(40, { contextLimit: 8_192 });
    await sendMessage(sessionId, 'Does this still work?');
    await turnEnded(sessionId);

    const reply = (await activePath(sessionId)).at(-1);
    expect(reply?.status).toBe('done');
    expect(reply?.notice).toMatch(
      /^The server said this chat was too long for mock-tiny \(its window is 2,048 tokens\)/,
    );
    const [first, second] = await requestsTo();
    expect(second?.length).toBeLessThan(first?.length ?? 0);
    expect(second?.at(-1)).toEqual({ role: 'user', content: 'Does this still work?' });
  });

  it('refuses before sending a message that alone cannot fit, and keeps it', async () => {
    await fetch(`${server.url}/__requests`, { method: 'DELETE' });
    const sessionId = await longTinyChat(1);
    const huge = 'far too long '.repeat(2_000);
    await sendMessage(sessionId, huge);
    await turnEnded(sessionId);

    const [question, reply] = (await activePath(sessionId)).slice(-2);
    expect(question?.content).toBe(huge);
    expect(reply?.status).toBe('error');
    expect(reply?.error).toMatch(
      /^Your message and the system prompt take [\d,]+ tokens, more than fit in mock-tiny's 2,048-token window/,
    );
    expect(await requestsTo()).toEqual([]);
  });
});
