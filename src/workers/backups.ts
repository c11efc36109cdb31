// The page's side of restore points and folder backups. Both are made in an export worker
// (reading, serializing and gzipping every chat), so the page only waits.
import { markBackedUp, readBackupFolder, type RestoreReason } from '../db/restore-points';
import { backupName, mayWrite, writeBackup } from '../io/backup-folder';
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

export type BackupOutcome = 'written' | 'no folder' | 'no permission';

/**
 * Writes a backup of every chat to the chosen folder. `ask` may ask the browser for
 * permission again, which only a click can do.
 */
export async function backUpToFolder(ask: boolean, now = new Date()): Promise<BackupOutcome> {
  const folder = await readBackupFolder();
  if (!folder) return 'no folder';
  if (!(await mayWrite(folder.handle, ask))) return 'no permission';
  const { bytes, chats } = await runInWorker('export', (worker) =>
    worker.call('backup', undefined),
  );
  await writeBackup(folder.handle, backupName(now, chats), bytes);
  await markBackedUp(now.getTime(), chats);
  return 'written';
}
