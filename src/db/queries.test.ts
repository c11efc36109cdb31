// The session list's read: the whole list comes in the same order as its newest page.
import { beforeEach, describe, expect, it } from 'vitest';
import { listSessionsNewestFirst } from './queries';
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
