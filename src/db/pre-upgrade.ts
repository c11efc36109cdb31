// Reads the chats of a database that is about to be upgraded, as they are on disk, before
// Dexie's upgrade runs. Opening without a version never upgrades; a database that doesn't
// exist yet would be created by that open, so its creation is aborted instead.
import type { FolderRow, MessageRow, SessionRow } from './types';

/** The chats of a database as an older version stored them. */
export interface RowsBeforeUpgrade {
  fromVersion: number;
  /** Older versions stored a subset of today's fields (each upgrade so far only added some). */
  sessions: SessionRow[];
  messages: MessageRow[];
  folders: FolderRow[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('an IndexedDB request failed'));
  });
}

function openAsItIs(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      // Aborted above: there was no database, so there is nothing to keep.
      if (req.error?.name === 'AbortError') resolve(undefined);
      else reject(req.error ?? new Error(`opening ${name} failed`));
    };
  });
}

async function readAll<T>(idb: IDBDatabase, store: string): Promise<T[]> {
  if (!idb.objectStoreNames.contains(store)) return [];
  return request(idb.transaction(store, 'readonly').objectStore(store).getAll()) as Promise<T[]>;
}

/**
 * The chats stored in `name` when its version on disk is older than `version` (IndexedDB's
 * number, which is Dexie's times 10); undefined when there is no such database or it is
 * already up to date. The database is closed again before this resolves, so the upgrade that
 * follows isn't blocked by it.
 */
export async function readBeforeUpgrade(
  name: string,
  version: number,
): Promise<RowsBeforeUpgrade | undefined> {
  const idb = await openAsItIs(name);
  if (!idb) return undefined;
  try {
    if (idb.version >= version) return undefined;
    const [sessions, messages, folders] = await Promise.all([
      readAll<SessionRow>(idb, 'sessions'),
      readAll<MessageRow>(idb, 'messages'),
      readAll<FolderRow>(idb, 'folders'),
    ]);
    return { fromVersion: idb.version / 10, sessions, messages, folders };
  } finally {
    idb.close();
  }
}
