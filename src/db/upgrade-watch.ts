// A newer Arbor opened in another tab upgrades the database; this tab's connection is then
// closed (Dexie's default), and its writes would fail. `onUpgrade` lets the screen say so.
import type { Dexie } from 'dexie';

/**
 * The error every read and write gets once a newer Arbor closed this tab's connection; the
 * upgrade notice has said to reload, so it needs no notice of its own.
 */
export function isClosedForUpgrade(error: unknown): boolean {
  return error instanceof Error && error.name === 'DatabaseClosedError';
}

/**
 * Opening failed because a newer Arbor upgraded the database; this tab must reload first.
 * IndexedDB says so with a VersionError (schema.ts opens at this code's version only), which
 * Dexie passes on as the `inner` of the errors of every read and write.
 */
export function isNewerDatabase(error: unknown): boolean {
  const inner: unknown = error instanceof Error && 'inner' in error ? error.inner : undefined;
  return [error, inner].some(
    (e) => (e instanceof Error || e instanceof DOMException) && e.name === 'VersionError',
  );
}

export function watchForUpgrade(db: Dexie, onUpgrade: () => void): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    // A null newVersion is a delete of the database, not an upgrade.
    if (event.newVersion) onUpgrade();
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
