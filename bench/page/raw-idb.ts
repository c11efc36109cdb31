// Raw IndexedDB with no library on top, for the physical floor and the blob baseline: open a
// database, put rows in one transaction, read a whole store, delete a database.

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export interface StoreSpec {
  name: string;
  keyPath: string;
  /** Index key paths; an array is a compound index, named as Dexie names it. */
  indexes: readonly (string | readonly string[])[];
}

/** Opens `name`, creating the stores on first open; with no stores, opens it as it is. */
export function openDb(name: string, stores: readonly StoreSpec[] = []): Promise<IDBDatabase> {
  const req = stores.length > 0 ? indexedDB.open(name, 1) : indexedDB.open(name);
  req.onupgradeneeded = () => {
    for (const spec of stores) {
      const store = req.result.createObjectStore(spec.name, { keyPath: spec.keyPath });
      for (const index of spec.indexes) {
        const name = typeof index === 'string' ? index : `[${index.join('+')}]`;
        store.createIndex(name, typeof index === 'string' ? index : [...index]);
      }
    }
  };
  return request(req);
}

export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`Could not delete ${name}`));
    req.onblocked = () => reject(new Error(`Deleting ${name} is blocked by an open connection`));
  });
}

/** Puts every row in one readwrite transaction and waits until it is committed. */
export async function putAll(
  db: IDBDatabase,
  store: string,
  rows: readonly unknown[],
): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  const target = tx.objectStore(store);
  for (const row of rows) target.put(row);
  await done(tx);
}

export async function clearStore(db: IDBDatabase, store: string): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).clear();
  await done(tx);
}
