// Counts the IndexedDB transactions the page has open, so "quiet" can mean that the app has
// finished reading and writing too: a read of a long chat runs in the browser's storage process
// while the page's frames stay idle, and its result lands as main-thread work much later.
// Only watches: every transaction is the app's own, opened as the app asked.

let open = 0;
let lastEnded = 0;

export function watchIndexedDb(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to its database below
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ): IDBTransaction {
    const started = transaction.apply(this, args);
    open++;
    const end = () => {
      open--;
      lastEnded = performance.now();
    };
    started.addEventListener('complete', end, { once: true });
    started.addEventListener('abort', end, { once: true });
    return started;
  };
}

/** The time since the last transaction ended, or 0 while one is open. */
export function indexedDbQuietMs(): number {
  return open > 0 ? 0 : performance.now() - lastEnded;
}
