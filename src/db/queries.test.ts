// The session list's read: the whole list comes in the same order as its newest page.
import { beforeEach, describe, expect, it } from 'vitest';
import { countChatsByFolder, listSessionsNewestFirst } from './queries';
import { db } from './schema';

const defaults = { model: 'm', systemPrompt: '' };

beforeEach(async () => {
  await db.sessions.clear();
});

describe('the session list query', () => {
  it('lists every chat in the same order as its newest page, ties by id', async () => {
    const t = Date.UTC(2026, 0, 1);
    await db.sessions.bulkAdd(
      [3, 1, 2, 2, 5].map((minute, i) => ({
        id: `s${i}`,
        title: `chat ${i}`,
        titleIsCustom: false,
        createdAt: t,
        updatedAt: t + minute * 60_000,
        ...defaults,
        params: {},
        activeLeafId: null,
      })),
    );
    const whole = (await listSessionsNewestFirst()).map((s) => s.id);
    expect(whole).toEqual(['s4', 's0', 's3', 's2', 's1']);
    expect((await listSessionsNewestFirst(5)).map((s) => s.id)).toEqual(whole);
  });
});

describe('chats by folder', () => {
  it('counts the chats in each folder, leaving out chats in none', async () => {
    await db.sessions.bulkAdd(
      [undefined, 'a', 'b', 'a'].map((folderId, i) => ({
        id: `s${i}`,
        title: `chat ${i}`,
        titleIsCustom: false,
        createdAt: 0,
        updatedAt: i,
        ...defaults,
        params: {},
        activeLeafId: null,
        ...(folderId ? { folderId } : {}),
      })),
    );
    expect(Object.fromEntries(await countChatsByFolder())).toEqual({ a: 2, b: 1 });
  });
});
