// A newer Arbor opened in another tab upgrades the database; this tab's connection is then
// closed (Dexie's default), and its writes would fail. `onUpgrade` lets the screen say so.
import type { Dexie } from 'dexie';

export function watchForUpgrade(db: Dexie, onUpgrade: () => void): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    // A null newVersion is a delete of the database, not an upgrade.
    if (event.newVersion) onUpgrade();
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
