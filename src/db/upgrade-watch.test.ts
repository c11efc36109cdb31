import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArborDb } from './schema';
import { isClosedForUpgrade, isNewerDatabase, watchForUpgrade } from './upgrade-watch';

const NAME = 'arbor-upgrade-watch-test';

afterEach(() => Dexie.delete(NAME));

/** What `promise` rejects with; undefined when it resolves. */
function failureOf(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('watching for a newer version in another tab', () => {
  it('tells when another connection upgrades the database, and not after unsubscribing', async () => {
    const current = new Dexie(NAME);
    current.version(1).stores({ things: 'id' });
    await current.open();
    const onUpgrade = vi.fn();
    const stop = watchForUpgrade(current, onUpgrade);

    const newer = new Dexie(NAME);
    newer.version(current.verno + 1).stores({ things: 'id', extra: 'id' });
    await newer.open();
    expect(onUpgrade).toHaveBeenCalledTimes(1);
    newer.close();

    stop();
    await current.open();
    const newest = new Dexie(NAME);
    newest.version(current.verno + 2).stores({ things: 'id', extra: 'id', more: 'id' });
    await newest.open();
    expect(onUpgrade).toHaveBeenCalledTimes(1);
    newest.close();
    current.close();
  });
});

describe('an older Arbor meeting a database a newer one upgraded', () => {
  it('refuses to open it, and writes nothing into it', async () => {
    const older = new ArborDb(NAME);
    await older.open();
    const installed = older.backendDB().version;
    older.close();
    // The newer version adds a table and keeps every other one.
    const newer = new Dexie(NAME);
    newer.version(installed / 10 + 1).stores({
      ...older.tables.reduce(
        (stores, table) => ({
          ...stores,
          [table.name]: [table.schema.primKey, ...table.schema.indexes].map((i) => i.src).join(','),
        }),
        {},
      ),
      fromTheFuture: 'id',
    });
    await newer.open();
    newer.close();

    const again = new ArborDb(NAME);
    expect(isNewerDatabase(await failureOf(again.open()))).toBe(true);
    expect(isClosedForUpgrade(await failureOf(again.sessions.put({ id: 'late' } as never)))).toBe(
      true,
    );
    again.close();

    const check = new Dexie(NAME);
    await check.open();
    expect(await check.table('sessions').count()).toBe(0);
    check.close();
  });

  it('leaves a newer database it would have to patch exactly as it is', async () => {
    const older = new ArborDb(NAME);
    await older.open();
    const installed = older.backendDB().version;
    older.close();
    // The newer version dropped a table and an index this code still declares.
    const newer = new Dexie(NAME);
    newer.version(installed / 10 + 1).stores({ drafts: null, messages: 'id, sessionId' });
    await newer.open();
    newer.close();

    const again = new ArborDb(NAME);
    expect(isNewerDatabase(await failureOf(again.open()))).toBe(true);
    again.close();

    const check = new Dexie(NAME);
    await check.open();
    expect(check.verno).toBe(installed / 10 + 1);
    expect(check.tables.map((t) => t.name)).not.toContain('drafts');
    expect(check.table('messages').schema.indexes.map((i) => i.name)).toEqual(['sessionId']);
    check.close();
  });
});
