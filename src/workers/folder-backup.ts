// A backup to the chosen folder: an export worker builds the gzipped file (reading,
// serializing and gzipping every chat), and the page writes it, since the folder's permission
// belongs to the page.
import { markBackedUp, readBackupFolder } from '../db/restore-points';
import { backupName, mayWrite, writeBackup } from '../io/backup-folder';
import { runInWorker } from './clients';

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
