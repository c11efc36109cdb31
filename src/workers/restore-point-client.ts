// The page's way to keep a restore point before a change: made in an export worker (reading,
// serializing and gzipping every chat), so the page only waits.
import type { RestoreReason } from '../db/restore-points';
import { runInWorker } from './clients';

/**
 * Keeps a restore point of every chat before a change. A failure is logged and reported as
 * false, and the change goes ahead: a full disk must not stop the user deleting chats.
 */
export async function keepRestorePoint(reason: RestoreReason): Promise<boolean> {
  try {
    await runInWorker('export', (worker) => worker.call('restorePoint', { reason }));
    return true;
  } catch (error) {
    console.error(`Keeping a restore point (${reason}) failed`, error);
    return false;
  }
}
