// Today's ArborDb opens a database left at any earlier version with every row as it was, and
// what the later versions added works on those rows.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ArborDb } from './schema';
import {
  SEEDABLE_VERSIONS,
  declaredUpTo,
  describeStores,
  seedVersion,
  storedVersion,
} from './testing/seed-version';

const NAME = 'arbor-upgrade-test';

const opened: Dexie[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Dexie.delete(NAME);
});

async function openToday(): Promise<ArborDb> {
  const db = new ArborDb(NAME);
  opened.push(db);
  await db.open();
  return db;
}

const seededBefore = (version: number) => SEEDABLE_VERSIONS.filter((v) => v < version);

function withAnyProvider(row: object): object {
  return { ...row, providerId: expect.any(String) as unknown };
}

function withoutCounts(row: object): object {
  const { tokenCounts: _counts, ...rest } = row as { tokenCounts?: unknown };
  return rest;
}

describe('opening a database left by an earlier version of Arbor', () => {
  it.each(SEEDABLE_VERSIONS)(
    'keeps every row unchanged when a version-%i database is upgraded',
    async (version) => {
      const seeded = await seedVersion(NAME, version);
      expect(await storedVersion(NAME)).toBe(version);

      const db = await openToday();
      expect(db.verno).toBe(new ArborDb(NAME).verno);
      // Version 5 moves the endpoint setting into a provider; its own test checks that.
      const moved = version < 5 ? ['settings'] : [];
      for (const { table, rows } of seeded.filter((t) => !moved.includes(t.table))) {
        const stored = (await db.table(table).toArray()) as object[];
        expect(stored, table).toHaveLength(rows.length);
        // Version 5 gives each chat a provider and changes nothing else in it; version 8 moves
        // the token counts off the messages.
        const expected =
          table === 'sessions' && version < 5
            ? rows.map(withAnyProvider)
            : table === 'messages'
              ? rows.map(withoutCounts)
              : rows;
        expect(stored, table).toEqual(expect.arrayContaining(expected));
      }
    },
  );

  it.each(seededBefore(2))(
    'stores streamed text after a version-%i database is upgraded',
    async (version) => {
      await seedVersion(NAME, version);
      const db = await openToday();
      await db.streams.put({ id: 'msg-train', content: 'The ticket is for', updatedAt: 1 });
      expect(await db.streams.get('msg-train')).toEqual({
        id: 'msg-train',
        content: 'The ticket is for',
        updatedAt: 1,
      });
    },
  );

  it.each(seededBefore(3))(
    'finds the messages a version-%i database stored by session and creation time',
    async (version) => {
      await seedVersion(NAME, version);
      const db = await openToday();
      const inCreationOrder = await db.messages
        .where('[sessionId+createdAt]')
        .between(['ses-lisbon', Dexie.minKey], ['ses-lisbon', Dexie.maxKey])
        .primaryKeys();
      expect(inCreationOrder).toEqual([
        'msg-plan',
        'msg-lookup',
        'msg-weather',
        'msg-itinerary',
        'msg-alt-itinerary',
      ]);
    },
  );

  it.each(seededBefore(4))(
    'adds an empty drafts table that keeps drafts after a version-%i database is upgraded',
    async (version) => {
      await seedVersion(NAME, version);
      const db = await openToday();
      expect(await db.drafts.count()).toBe(0);
      await db.drafts.bulkPut([
        { sessionId: 'ses-lisbon', text: 'And on day 2?', updatedAt: 1 },
        { sessionId: '', text: 'A new chat', updatedAt: 2 },
      ]);
      expect((await db.drafts.get('ses-lisbon'))?.text).toBe('And on day 2?');
      expect((await db.drafts.get(''))?.text).toBe('A new chat');
    },
  );
});

describe('version 6: the search index', () => {
  it.each(seededBefore(6))(
    'adds an empty search index that keeps what is saved after a version-%i database is upgraded',
    async (version) => {
      await seedVersion(NAME, version);
      const db = await openToday();
      expect(await db.searchIndex.count()).toBe(0);
      const week = { week: 2900, format: 1, ids: ['msg-plan'], index: '{}' };
      await db.searchIndex.put(week);
      expect(await db.searchIndex.get(2900)).toEqual(week);
    },
  );
});

describe('version 7: folders and pins', () => {
  it.each(seededBefore(7))(
    'keeps every chat unpinned and in no folder, and files and pins them after a version-%i database is upgraded',
    async (version) => {
      await seedVersion(NAME, version);
      const db = await openToday();
      const sessions = await db.sessions.toArray();
      expect(sessions).toHaveLength(3);
      expect(sessions.filter((s) => s.pinned || s.folderId !== undefined)).toEqual([]);
      expect(await db.folders.count()).toBe(0);

      const folder = { id: 'fld-trips', title: 'Trips', createdAt: 1, collapsed: true };
      await db.folders.add(folder);
      await db.sessions.update('ses-lisbon', { folderId: 'fld-trips', pinned: true });
      expect(await db.folders.get('fld-trips')).toEqual(folder);
      expect(await db.sessions.where('folderId').equals('fld-trips').primaryKeys()).toEqual([
        'ses-lisbon',
      ]);
      expect((await db.sessions.get('ses-lisbon'))?.pinned).toBe(true);
    },
  );
});

describe('version 8: token counts in a table of their own', () => {
  it.each(seededBefore(8))(
    'moves the counts a version-%i database kept on messages to the token counts table',
    async (version) => {
      const seeded = await seedVersion(NAME, version);
      const messages = seeded.find((t) => t.table === 'messages')?.rows ?? [];
      const counted = (messages as { id: string; sessionId: string; tokenCounts?: object }[])
        .filter((m) => m.tokenCounts)
        .map((m) => ({ id: m.id, sessionId: m.sessionId, counts: m.tokenCounts }));
      expect(counted.length > 0).toBe(version >= 5);

      const db = await openToday();
      expect(await db.tokenCounts.toArray()).toEqual(expect.arrayContaining(counted));
      expect(await db.tokenCounts.count()).toBe(counted.length);
      expect((await db.messages.toArray()).filter((m) => 'tokenCounts' in m)).toEqual([]);

      await db.tokenCounts.put({ id: 'msg-ticket', sessionId: 'ses-fork', counts: { x: 1 } });
      expect(await db.tokenCounts.where('sessionId').equals('ses-fork').primaryKeys()).toEqual([
        'msg-ticket',
      ]);
    },
  );
});

describe('version 5: providers', () => {
  it.each(seededBefore(5))(
    'makes the endpoint of a version-%i database the first provider, used by every chat',
    async (version) => {
      await seedVersion(NAME, version);
      const db = await openToday();
      const providers = await db.providers.toArray();
      expect(providers).toEqual([
        {
          id: expect.any(String) as unknown,
          name: 'Ollama',
          presetId: 'ollama',
          baseURL: 'http://localhost:11434/v1',
          apiKey: 'ollama',
          models: [],
          createdAt: expect.any(Number) as unknown,
        },
      ]);
      const providerId = providers[0]?.id;
      const sessions = await db.sessions.toArray();
      expect(sessions.map((s) => s.providerId)).toEqual(sessions.map(() => providerId));
      expect(await db.settings.toArray()).toEqual([
        { key: 'new-chat', value: { providerId, model: 'llama3.1:8b', systemPrompt: '' } },
      ]);
      expect(
        await db.sessions
          .where('providerId')
          .equals(providerId ?? '')
          .count(),
      ).toBe(3);
    },
  );

  it('adds no provider when no endpoint was ever saved', async () => {
    const old = declaredUpTo(NAME, 4);
    await old.open();
    await old.table('sessions').add({ id: 'ses-1', updatedAt: 1 });
    old.close();
    const db = await openToday();
    expect(await db.providers.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect((await db.sessions.get('ses-1'))?.providerId).toBeUndefined();
  });

  it('leaves an endpoint setting it cannot read where it was', async () => {
    const old = declaredUpTo(NAME, 4);
    await old.open();
    await old.table('settings').add({ key: 'endpoint', value: { baseURL: 42 } });
    old.close();
    const db = await openToday();
    expect(await db.providers.count()).toBe(0);
    expect(await db.settings.toArray()).toEqual([{ key: 'endpoint', value: { baseURL: 42 } }]);
  });
});

describe('upgrade test coverage', () => {
  it('seeds a database at every version ArborDb declares', () => {
    // Dexie makes public only the highest declared version; Arbor numbers its versions
    // 1, 2, 3…, so every number up to it is a version some user's database may be at.
    const newest = new ArborDb(NAME).verno;
    const declared = Array.from({ length: newest }, (_, i) => i + 1);
    const missing = declared.filter((v) => !SEEDABLE_VERSIONS.includes(v));
    expect(
      SEEDABLE_VERSIONS,
      `ArborDb declares version ${missing.join(', ')} but no upgrade test seeds a database at it. ` +
        'Add it to HISTORY in src/db/testing/seed-version.ts with the stores schema.ts declares ' +
        'for it, give any table it adds rows in ROWS, and test in schema-upgrade.test.ts that ' +
        'what it adds works after an upgrade from the version before it.',
    ).toEqual(declared);
  });

  it("seeds the newest version with the same stores and indexes as today's ArborDb", () => {
    const today = new ArborDb(NAME);
    expect(describeStores(declaredUpTo(NAME, today.verno))).toEqual(describeStores(today));
  });
});
