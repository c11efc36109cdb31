// Restoring from a restore point or a folder backup: the file is read back as a .json.gz and
// either goes through the import preview (the shell's `onRestore`) or replaces every chat, in
// the import worker, after a restore point of what is there now.
import { newestSession } from '../../db/queries';
import { readBackupFolder, readRestorePoint } from '../../db/restore-points';
import { stopEveryTurn } from '../../engine/turns';
import type { ImportSummary } from '../../io/import-job';
import { readBackup } from '../../io/backup-folder';
import { useUi } from '../../store/ui';
import { chatCount, formatWhen } from './restore-words';
import { runInWorker } from '../../workers/clients';

/** A restore point or a backup in the folder, as the Restore list shows it. */
export interface RestoreSource {
  kind: 'point' | 'backup';
  /** The point's id, or the backup's file name. */
  id: string;
  createdAt: number;
  chats: number;
  size: number;
  /** Why it was made ("before import"), or "backup in <folder>". */
  why: string;
}

export async function fileOf(source: RestoreSource): Promise<File> {
  if (source.kind === 'backup') {
    const folder = await readBackupFolder();
    if (!folder) throw new Error('the backup folder is no longer chosen');
    return readBackup(folder.handle, source.id);
  }
  const point = await readRestorePoint(source.id);
  if (!point) throw new Error('this restore point is gone');
  const stamp = new Date(point.createdAt).toISOString().slice(0, 16).replace(':', '');
  return new File([point.bytes], `arbor-restore-point-${stamp}.json.gz`, {
    lastModified: point.createdAt,
  });
}

/**
 * Replaces every chat with the source's; a restore point of the chats now is kept first. The
 * replies this tab runs are stopped first, so none writes into a chat that is gone. Afterwards
 * the open chat stays open if it is still there, else the newest chat opens, and the drafts
 * and selection of chats that are gone are forgotten.
 */
export async function replaceEverything(source: RestoreSource): Promise<ImportSummary> {
  const file = await fileOf(source);
  await stopEveryTurn();
  const summary = await runInWorker('import', (worker) => worker.call('replace', file));
  const ui = useUi.getState();
  const here = new Set(summary.added.map((chat) => chat.sessionId));
  const open = ui.activeSessionId;
  ui.forgetChatsExcept(here);
  ui.openSession(open !== null && here.has(open) ? open : ((await newestSession())?.id ?? null));
  ui.notify({
    tone: 'info',
    text: `Replaced every chat with the ${chatCount(summary.added.length)} from ${formatWhen(source.createdAt)}. The chats from before are kept in a restore point.`,
  });
  return summary;
}
