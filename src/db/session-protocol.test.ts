// One suite, run against both implementations of the session protocol.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArborDb } from './schema';
import { DexieSession } from './dexie-session';
import { MemorySession, type SessionProtocol } from './session-protocol';
import type { ChatItem } from './types';

const user = (content: string): ChatItem => ({ role: 'user', content });
const assistant = (content: string): ChatItem => ({ role: 'assistant', content });

const testDb = new ArborDb('arbor-protocol-test');
afterAll(() => testDb.delete());

interface Backend {
  name: string;
  make: (sessionId: string) => SessionProtocol;
  reset: () => Promise<void>;
}

const backends: Backend[] = [
  { name: 'memory', make: (id) => new MemorySession(id), reset: () => Promise.resolve() },
  {
    name: 'dexie',
    make: (id) => new DexieSession(testDb, id),
    reset: async () => {
      await Promise.all([testDb.sessions.clear(), testDb.messages.clear()]);
    },
  },
];

describe.each(backends)('session protocol ($name)', ({ make, reset }) => {
  let session: SessionProtocol;
  beforeEach(async () => {
    await reset();
    session = make('s1');
  });

  it('returns items in the order they were added', async () => {
    await session.addItems([user('one'), assistant('two')]);
    await session.addItems([user('three')]);
    expect(await session.getItems()).toEqual([user('one'), assistant('two'), user('three')]);
  });

  it('returns the latest N items oldest first when given a limit', async () => {
    await session.addItems(['a', 'b', 'c', 'd'].map(user));
    expect(await session.getItems(2)).toEqual([user('c'), user('d')]);
    expect(await session.getItems(10)).toHaveLength(4);
    expect(await session.getItems(0)).toEqual([]);
  });

  it('pops the newest item until empty, then returns undefined', async () => {
    await session.addItems([user('q'), assistant('a')]);
    expect(await session.popItem()).toEqual(assistant('a'));
    expect(await session.popItem()).toEqual(user('q'));
    expect(await session.popItem()).toBeUndefined();
    expect(await session.getItems()).toEqual([]);
  });

  it('clears every item and keeps working afterwards', async () => {
    await session.addItems([user('q'), assistant('a')]);
    await session.clearSession();
    expect(await session.getItems()).toEqual([]);
    await session.addItems([user('again')]);
    expect(await session.getItems()).toEqual([user('again')]);
  });

  it('keeps sessions isolated from each other', async () => {
    const other = make('s2');
    await session.addItems([user('mine')]);
    await other.addItems([user('theirs')]);
    await other.clearSession();
    expect(await session.getItems()).toEqual([user('mine')]);
    expect(await other.getItems()).toEqual([]);
  });

  it('round-trips Unicode, quotes, backslashes and JSON-like text exactly', async () => {
    const tricky = [
      'héllo 🌳 世界 \u0000 \u200d👩‍💻',
      'she said "hi" and \'bye\'',
      'C:\\path\\to\\file \\n not a newline',
      '{"role":"system","content":"not really"}',
      '\n\t  leading and trailing  \n',
    ];
    await session.addItems(tricky.map(user));
    expect(await session.getItems()).toEqual(tricky.map(user));
  });

  it('keeps tool calls, tool results and content parts as they are', async () => {
    const items: ChatItem[] = [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'look' },
          { type: 'image_url', image_url: { url: 'data:x' } },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }],
      },
      { role: 'tool', content: '42', tool_call_id: 'c1', name: 'f' },
    ];
    await session.addItems(items);
    expect(await session.getItems()).toEqual(items);
  });

  it('loses nothing when addItems calls run concurrently', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => session.addItems([user(`m${i}`)])));
    const texts = (await session.getItems()).map((item) => item.content);
    expect(texts).toHaveLength(20);
    expect(new Set(texts).size).toBe(20);
  });

  it('writes nothing from a batch with an invalid item and stays usable', async () => {
    await session.addItems([user('before')]);
    const bad = { role: 'wizard', content: 'x' } as unknown as ChatItem;
    await expect(session.addItems([user('good'), bad])).rejects.toThrow();
    expect(await session.getItems()).toEqual([user('before')]);
    await session.addItems([user('after')]);
    expect(await session.getItems()).toEqual([user('before'), user('after')]);
  });
});

describe('session protocol (dexie only)', () => {
  beforeEach(async () => {
    await Promise.all([testDb.sessions.clear(), testDb.messages.clear()]);
  });

  it('rolls back a batch whose database write fails half-way and stays usable', async () => {
    const session = new DexieSession(testDb, 'rollback');
    await session.addItems([user('before')]);
    let writes = 0;
    const failSecond = () => {
      writes += 1;
      if (writes === 2) throw new Error('disk full');
    };
    testDb.messages.hook('creating', failSecond);
    try {
      await expect(session.addItems([user('one'), user('two')])).rejects.toThrow('disk full');
    } finally {
      testDb.messages.hook('creating').unsubscribe(failSecond);
    }
    expect(await session.getItems()).toEqual([user('before')]);
    expect(await testDb.messages.count()).toBe(1);
    await session.addItems([user('after')]);
    expect(await session.getItems()).toEqual([user('before'), user('after')]);
  });

  it('survives reopening the database', async () => {
    await new DexieSession(testDb, 'persist').addItems([user('kept')]);
    testDb.close();
    await testDb.open();
    expect(await new DexieSession(testDb, 'persist').getItems()).toEqual([user('kept')]);
  });
});
