// Opening the database, started before the screens' code is even evaluated.
import { db } from '../db/schema';

/**
 * Starts opening the database before React draws: opening a large one takes 100 ms or more,
 * which then runs beside the first render instead of after it. A failure is reported by the
 * first read at startup, which meets the same error. A database an older Arbor left gets a
 * restore point of its chats before it is upgraded.
 */
export function openStorageEarly(): void {
  // Loaded only when an upgrade is due: building an export is no part of the first paint.
  db.beforeUpgrade = async (rows) => {
    const { restorePointBeforeUpgrade } = await import('../io/restore-point');
    await restorePointBeforeUpgrade(rows);
  };
  db.open().catch(() => undefined);
}
