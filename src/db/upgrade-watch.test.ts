import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArborDb } from './schema';
import { watchForUpgrade } from './upgrade-watch';

const NAME = 'arbor-upgrade-watch-test';

afterEach(() => Dexie.delete(NAME));

describe('watching for a newer version in another tab', () => {
  it('tells when another connection upgrades the database, and not after unsubscribing', async () => {
    const current = new ArborDb(NAME);
    await current.open();
    const onUpgrade = vi.fn();
    const stop = watchForUpgrade(current, onUpgrade);

    const newer = new Dexie(NAME);
    newer.version(current.verno + 1).stores({ extra: 'id' });
    await newer.open();
    expect(onUpgrade).toHaveBeenCalledTimes(1);
    newer.close();

    stop();
    await current.open();
    const newest = new Dexie(NAME);
    newest.version(current.verno + 2).stores({ extra: 'id', more: 'id' });
    await newest.open();
    expect(onUpgrade).toHaveBeenCalledTimes(1);
    newest.close();
    current.close();
  });
});
