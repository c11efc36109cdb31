// Every schema version opens a database written by the version before it, with its data.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ArborDb } from './schema';

const NAME = 'arbor-upgrade-test';

afterEach(() => Dexie.delete(NAME));

/** Writes a database exactly as version 1 of Arbor declared it. */
async function seedVersion1(): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores({
    sessions: 'id, updatedAt, forkedFrom.sessionId',
    messages: 'id, sessionId, parentId, status',
    settings: 'key',
  });
  await v1.table('sessions').add({
    id: 's1',
    title: 'Old chat',
    titleIsCustom: false,
    createdAt: 1,
    updatedAt: 2,
    model: 'm',
    systemPrompt: '',
    params: {},
    activeLeafId: 'm2',
  });
  await v1.table('messages').bulkAdd([
    {
      id: 'm1',
      sessionId: 's1',
      parentId: null,
      role: 'user',
      content: 'hi',
      createdAt: 1,
      status: 'done',
    },
    {
      id: 'm2',
      sessionId: 's1',
      parentId: 'm1',
      role: 'assistant',
      content: 'half',
      createdAt: 2,
      status: 'streaming',
    },
  ]);
  await v1
    .table('settings')
    .put({ key: 'endpoint', value: { baseURL: 'http://x/v1', apiKey: 'k' } });
  v1.close();
}

describe('schema upgrades', () => {
  it('opens a version 1 database at the newest version with every row kept and the streams and drafts tables added', async () => {
    await seedVersion1();
    const db = new ArborDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.sessions.get('s1')).toMatchObject({ title: 'Old chat', activeLeafId: 'm2' });
    expect(await db.messages.where('sessionId').equals('s1').count()).toBe(2);
    expect(await db.messages.where('status').equals('streaming').count()).toBe(1);
    expect((await db.settings.get('endpoint'))?.value).toEqual({
      baseURL: 'http://x/v1',
      apiKey: 'k',
    });
    expect(await db.streams.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    db.close();
  });

  it('indexes the messages already stored by session and creation time (version 3)', async () => {
    await seedVersion1();
    const db = new ArborDb(NAME);
    const newestFirst = await db.messages
      .where('[sessionId+createdAt]')
      .between(['s1', Dexie.minKey], ['s1', Dexie.maxKey])
      .reverse()
      .primaryKeys();
    expect(newestFirst).toEqual(['m2', 'm1']);
    db.close();
  });

  it('lists every version it declares, so none is dropped by accident', () => {
    const db = new ArborDb(NAME);
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'drafts',
      'messages',
      'sessions',
      'settings',
      'streams',
    ]);
  });
});
