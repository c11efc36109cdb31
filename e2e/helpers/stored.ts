// Reads what Arbor has stored in this browser straight from IndexedDB, as another program
// would: for checking what a write really left behind.
import type { Page } from '@playwright/test';

/** Every row of one of Arbor's tables, as stored. */
export function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('arbor');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          try {
            const read = db.transaction(name).objectStore(name).getAll();
            read.onerror = () => reject(new Error(String(read.error)));
            read.onsuccess = () => resolve(read.result as T[]);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          } finally {
            db.close();
          }
        };
      }),
    table,
  );
}

/** Deletes Arbor's database, as clearing the site's data does, and reloads the page. */
export async function wipeSiteData(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('arbor');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('could not delete the database'));
      }),
  );
  await page.reload();
}

/**
 * Holds a read-write transaction on one of Arbor's tables, as a slow disk would: every other
 * transaction on it waits until the returned function releases it.
 */
export async function holdTable(page: Page, table: string): Promise<() => Promise<void>> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('arbor');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const held = window as unknown as { releaseHeldTable?: boolean };
          held.releaseHeldTable = false;
          const transaction = db.transaction(name, 'readwrite');
          transaction.oncomplete = () => db.close();
          const store = transaction.objectStore(name);
          // A transaction stays open while it has requests; the first answer means it holds the table.
          const keepBusy = () => {
            resolve();
            if (!held.releaseHeldTable) store.get('').onsuccess = keepBusy;
          };
          store.get('').onsuccess = keepBusy;
        };
      }),
    table,
  );
  return async () => {
    await page.evaluate(() => {
      (window as unknown as { releaseHeldTable?: boolean }).releaseHeldTable = true;
    });
  };
}
