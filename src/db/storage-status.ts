// What the browser says about Arbor's storage: whether it is persistent (kept when the disk
// runs low) and how much of the quota is used. The one place that reaches `navigator.storage`.
import { db } from './schema';

export interface StorageStatus {
  /** undefined where the browser can't tell (no Storage API). */
  persistent: boolean | undefined;
  usage: number;
  quota: number;
  /** What IndexedDB takes, where the browser says (Chromium); else all of the usage. */
  chats: number;
}

/** Shares of the quota past which Arbor warns. */
export const WARN_AT = [0.8, 0.95] as const;

export async function readStorageStatus(): Promise<StorageStatus | undefined> {
  if (!('storage' in navigator) || !('estimate' in navigator.storage)) return undefined;
  const [estimate, persistent] = await Promise.all([
    navigator.storage.estimate(),
    navigator.storage.persisted().catch(() => undefined),
  ]);
  const usage = estimate.usage ?? 0;
  // Chromium also breaks the usage down; the type doesn't list it.
  const details = (estimate as { usageDetails?: { indexedDB?: number } }).usageDetails;
  return {
    persistent,
    usage,
    quota: estimate.quota ?? 0,
    chats: details?.indexedDB ?? usage,
  };
}

/** Asks the browser to keep Arbor's data; resolves with its answer. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!('storage' in navigator) || !('persist' in navigator.storage)) return false;
  return navigator.storage.persist();
}

const ASKED_KEY = 'persistence-asked';

/**
 * Asks once per profile, after the first chat is stored: the browser may show the user a
 * prompt, which should come when there is something worth keeping.
 */
export async function askForPersistenceOnce(): Promise<void> {
  if (await db.settings.get(ASKED_KEY)) return;
  await db.settings.put({ key: ASKED_KEY, value: true });
  if (await navigator.storage.persisted().catch(() => true)) return;
  await requestPersistentStorage();
}

/** Restore points take at most this much (bytes), or a tenth of the quota where that is less. */
export const RESTORE_POINTS_CAP = 50_000_000;

/**
 * How much restore points may take: RESTORE_POINTS_CAP, or a tenth of the quota where that is
 * less, so on a small disk they never crowd out the chats they protect.
 */
export async function restorePointCap(): Promise<number> {
  const quota =
    'storage' in navigator && 'estimate' in navigator.storage
      ? await navigator.storage.estimate().then(
          (e) => e.quota ?? 0,
          () => 0,
        )
      : 0;
  return quota > 0 ? Math.min(RESTORE_POINTS_CAP, quota / 10) : RESTORE_POINTS_CAP;
}
