// The physical floor: what the same work costs with raw IndexedDB and bare JSON, no app code.
// The floor stores have the same keys and indexes as Arbor's tables, so index upkeep is part
// of the floor too.
import { done, openDb, request, type StoreSpec } from './raw-idb';

export const FLOOR_DB = 'arbor-bench-floor';
const STORES: StoreSpec[] = [
  {
    name: 'messages',
    keyPath: 'id',
    indexes: ['sessionId', 'parentId', 'status', ['sessionId', 'createdAt']],
  },
  { name: 'sessions', keyPath: 'id', indexes: ['updatedAt'] },
];

export interface Rows {
  sessions: readonly unknown[];
  messages: readonly unknown[];
}

let floorDb: Promise<IDBDatabase> | undefined;

function floor(): Promise<IDBDatabase> {
  floorDb ??= openDb(FLOOR_DB, STORES);
  return floorDb;
}

async function clearAll(db: IDBDatabase): Promise<void> {
  const tx = db.transaction(['sessions', 'messages'], 'readwrite');
  tx.objectStore('sessions').clear();
  tx.objectStore('messages').clear();
  await done(tx);
}

/** Time to put the rows into empty stores in one readwrite transaction, until it commits. */
export async function timeBulkPut(rows: Rows): Promise<number> {
  const db = await floor();
  await clearAll(db);
  const start = performance.now();
  const tx = db.transaction(['sessions', 'messages'], 'readwrite');
  const sessions = tx.objectStore('sessions');
  const messages = tx.objectStore('messages');
  for (const row of rows.sessions) sessions.put(row);
  for (const row of rows.messages) messages.put(row);
  await done(tx);
  const ms = performance.now() - start;
  await clearAll(db);
  return ms;
}

/**
 * Time to put message rows into an existing database's messages store (the app's own, with
 * everything already in it) in one transaction; the rows are deleted again afterwards, untimed.
 */
export async function timeBulkPutInto(
  dbName: string,
  messages: readonly { id: string }[],
): Promise<number> {
  const db = await openDb(dbName);
  try {
    const start = performance.now();
    const tx = db.transaction('messages', 'readwrite');
    const store = tx.objectStore('messages');
    for (const row of messages) store.put(row);
    await done(tx);
    const ms = performance.now() - start;
    const cleanup = db.transaction('messages', 'readwrite');
    for (const row of messages) cleanup.objectStore('messages').delete(row.id);
    await done(cleanup);
    return ms;
  } finally {
    db.close();
  }
}

/** Time to read every session and message of the app's own database with getAll, in one transaction. */
export async function timeReadAll(appDbName: string): Promise<{ ms: number; rows: Rows }> {
  const db = await openDb(appDbName);
  try {
    const start = performance.now();
    const tx = db.transaction(['sessions', 'messages'], 'readonly');
    const [sessions, messages] = await Promise.all([
      request<unknown[]>(tx.objectStore('sessions').getAll()),
      request<unknown[]>(tx.objectStore('messages').getAll()),
    ]);
    await done(tx);
    return { ms: performance.now() - start, rows: { sessions, messages } };
  } finally {
    db.close();
  }
}
