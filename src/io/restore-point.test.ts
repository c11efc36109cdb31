// A restore point is the whole export, gzipped: decompressed, it is the same file an export
// gives, and it goes into the restore points' own database, never the chats'.
import { afterEach, describe, expect, it } from 'vitest';
import { clearRestorePoints, listRestorePoints, readRestorePoint } from '../db/restore-points';
import { ArborDb } from '../db/schema';
import { exportJson } from './export-data';
import { gunzipText } from './gzip';
import { makeRestorePoint } from './restore-point';
import { generateDb } from './testing/generate-db';

const NAME = 'arbor-restore-point-test';
const when = new Date('2026-12-07T00:30:00Z');
let db: ArborDb | undefined;

afterEach(async () => {
  db?.close();
  await ArborDb.delete(NAME);
  await clearRestorePoints();
});

async function filled(): Promise<ArborDb> {
  db = new ArborDb(NAME);
  const data = generateDb(7, 4);
  await db.sessions.bulkAdd(data.sessions);
  await db.messages.bulkAdd(data.messages);
  return db;
}

describe('makeRestorePoint', () => {
  it('stores the gzipped export of every chat, which decompresses to the same export', async () => {
    const chats = await filled();
    const info = await makeRestorePoint(chats, 'before import', when);
    expect(info).toMatchObject({ reason: 'before import', chats: 4, createdAt: when.getTime() });

    const stored = await readRestorePoint(info.id);
    if (!stored) throw new Error('the restore point was not stored');
    expect(stored.size).toBe(stored.bytes.length);
    const { parts } = await exportJson(chats, undefined, when);
    expect(await gunzipText(stored.bytes)).toBe(parts.join(''));
    expect(stored.bytes.length).toBeLessThan(parts.join('').length);
  });

  it('lists points newest first, without their bytes', async () => {
    const chats = await filled();
    await makeRestorePoint(chats, 'daily', new Date(when.getTime() - 1000));
    await makeRestorePoint(chats, 'before clear', when);
    const listed = await listRestorePoints();
    expect(listed.map((p) => p.reason)).toEqual(['before clear', 'daily']);
    expect(listed[0]).not.toHaveProperty('bytes');
    expect(await chats.sessions.count()).toBe(4);
  });
});
