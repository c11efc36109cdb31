// The daily restore point is made once a day, and only when the chats changed since the newest
// point of any kind.
import { afterEach, describe, expect, it } from 'vitest';
import { dailyRestorePointDue } from './daily-point';
import { addRestorePoint, clearRestorePoints } from './restore-points';
import { setPinned } from './folders-repo';
import { db } from './schema';
import { DEFAULT_TITLE } from './sessions-repo';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 11, 1, 9);

afterEach(async () => {
  await Promise.all([db.sessions.clear(), db.settings.clear(), clearRestorePoints()]);
});

async function chatUpdatedAt(id: string, updatedAt: number): Promise<void> {
  await db.sessions.put({
    id,
    title: DEFAULT_TITLE,
    titleIsCustom: false,
    createdAt: T0,
    updatedAt,
    model: 'm',
    systemPrompt: '',
    params: {},
    activeLeafId: null,
  });
}

async function pointAt(createdAt: number, chats: number): Promise<void> {
  await addRestorePoint(
    {
      createdAt,
      reason: 'before import',
      chats,
      size: 1,
      bytes: new Uint8Array(1),
    },
    1_000_000,
  );
}

describe('dailyRestorePointDue', () => {
  it('is not due with no chats and no point', async () => {
    expect(await dailyRestorePointDue(T0)).toBe(false);
  });

  it('is due with chats and no point yet', async () => {
    await chatUpdatedAt('a', T0);
    expect(await dailyRestorePointDue(T0)).toBe(true);
  });

  it('waits a day after the newest point, of any kind', async () => {
    await chatUpdatedAt('a', T0 + 1000);
    await pointAt(T0, 1);
    expect(await dailyRestorePointDue(T0 + DAY - 1)).toBe(false);
    expect(await dailyRestorePointDue(T0 + DAY)).toBe(true);
  });

  it('is not due a day later when nothing changed since the newest point', async () => {
    await chatUpdatedAt('a', T0 - 1000);
    await pointAt(T0, 1);
    expect(await dailyRestorePointDue(T0 + 2 * DAY)).toBe(false);
  });

  it('is due when a chat was pinned, filed or renamed since, which move no updatedAt', async () => {
    await chatUpdatedAt('a', T0 - 1000);
    await pointAt(T0, 1);
    // The pin happens now, well after the point.
    await setPinned('a', true);
    expect(await dailyRestorePointDue(T0 + 2 * DAY)).toBe(true);
  });

  it('is due when a chat was deleted since, which moves no updatedAt', async () => {
    await chatUpdatedAt('a', T0 - 1000);
    await pointAt(T0, 2);
    expect(await dailyRestorePointDue(T0 + 2 * DAY)).toBe(true);
  });
});
