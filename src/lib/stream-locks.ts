// A Web Lock is held for each reply while this tab streams it, so another tab can tell a
// live stream from one whose tab died (which is then marked interrupted).
const PREFIX = 'arbor-stream:';

/** Holds the lock for `messageId` until `done` settles. */
export function holdStreamLock(messageId: string, done: Promise<unknown>): void {
  if (!('locks' in navigator)) return;
  void navigator.locks.request(`${PREFIX}${messageId}`, () => done.catch(() => undefined));
}

/** The ids of replies some open tab is streaming right now. */
export async function liveStreamIds(): Promise<Set<string>> {
  if (!('locks' in navigator)) return new Set();
  const { held = [] } = await navigator.locks.query();
  return new Set(
    held.flatMap((lock) => (lock.name?.startsWith(PREFIX) ? [lock.name.slice(PREFIX.length)] : [])),
  );
}
