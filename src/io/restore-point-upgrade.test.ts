// Before today's ArborDb upgrades a database an older Arbor left, the chats as they were are
// handed to its beforeUpgrade hook (which keeps a restore point); an up-to-date or missing
// database is left alone, and the upgrade still runs.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { RowsBeforeUpgrade } from '../db/pre-upgrade';
import { clearRestorePoints, listRestorePoints, readRestorePoint } from '../db/restore-points';
import { ArborDb } from '../db/schema';
import { seedVersion, storedVersion } from '../db/testing/seed-version';
import { gunzipText } from './gzip';
import { restorePointBeforeUpgrade } from './restore-point';

const NAME = 'arbor-pre-upgrade-test';
const opened: Dexie[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Dexie.delete(NAME);
  await clearRestorePoints();
});

function withHook(hook: (rows: RowsBeforeUpgrade) => Promise<void>): ArborDb {
  const db = new ArborDb(NAME);
  db.beforeUpgrade = hook;
  opened.push(db);
  return db;
}

describe('a restore point before a schema upgrade', () => {
  it('keeps the chats of a version-4 database as they were, then upgrades it', async () => {
    await seedVersion(NAME, 4);
    const db = withHook(async (rows) => {
      await restorePointBeforeUpgrade(rows);
    });
    await db.open();

    const [point, ...others] = await listRestorePoints();
    expect(others).toEqual([]);
    expect(point).toMatchObject({ reason: 'before upgrade', chats: 3 });
    const stored = point && (await readRestorePoint(point.id));
    if (!stored) throw new Error('no restore point was stored');
    const file = JSON.parse(await gunzipText(stored.bytes)) as { sessions: { id: string }[] };
    const sessions = await db.sessions.toArray();
    expect(file.sessions.map((s) => s.id).sort()).toEqual(sessions.map((s) => s.id).sort());
    expect(await storedVersion(NAME)).toBe(db.verno);
  });

  it('calls nothing for a database that is already up to date', async () => {
    const today = new ArborDb(NAME);
    await today.open();
    today.close();
    const seen: number[] = [];
    await withHook((rows) => {
      seen.push(rows.fromVersion);
      return Promise.resolve();
    }).open();
    expect(seen).toEqual([]);
  });

  it('calls nothing for a new database, and still creates it', async () => {
    const seen: number[] = [];
    const db = withHook((rows) => {
      seen.push(rows.fromVersion);
      return Promise.resolve();
    });
    await db.open();
    expect(seen).toEqual([]);
    expect(await db.sessions.count()).toBe(0);
  });

  it('still upgrades when keeping the restore point fails', async () => {
    await seedVersion(NAME, 5);
    const db = withHook(() => Promise.reject(new Error('disk full')));
    await db.open();
    expect(await storedVersion(NAME)).toBe(db.verno);
  });
});
