// Copies Arbor keeps by itself while it runs: a restore point once a day when something
// changed, and backups to the chosen folder after changes, at most every 10 minutes. Loaded
// after the first paint (use-safety-copies.ts); `startSafetyCopies` returns what stops both.
//
// Daily: checked soon after start and then every hour, so a tab left open for days keeps one a
// day too; any restore point (before an import, a delete…) counts as the day's.
// Folder: a change schedules a backup 10 minutes after the last one, and changes meanwhile ride
// along; a change made while Arbor was closed is caught at the next start. Without permission
// (the browser may ask again after a restart), nothing is written until Back up now.
import { liveQuery } from 'dexie';
import { changedSince, readChangeMark } from '../db/change-mark';
import { dailyRestorePointDue } from '../db/daily-point';
import { readBackupFolder } from '../db/restore-points';
import { backUpToFolder } from '../workers/folder-backup';
import { keepRestorePoint } from '../workers/restore-point-client';

const FIRST_DAILY_CHECK_MS = 10_000;
const DAILY_CHECK_EVERY_MS = 60 * 60 * 1000;
export const BACKUP_EVERY_MS = 10 * 60 * 1000;

function checkDaily(): void {
  dailyRestorePointDue(Date.now())
    .then((due) => (due ? keepRestorePoint('daily') : undefined))
    .catch((error: unknown) => console.error('Checking for a daily restore point failed', error));
}

function startDailyRestorePoints(): () => void {
  const first = setTimeout(checkDaily, FIRST_DAILY_CHECK_MS);
  const every = setInterval(checkDaily, DAILY_CHECK_EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}

function startFolderBackups(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const backUp = () => {
    timer = undefined;
    backUpToFolder(false).catch((error: unknown) =>
      console.error('Backing up to the folder failed', error),
    );
  };
  const subscription = liveQuery(readChangeMark).subscribe({
    next: (mark) => {
      if (timer) return;
      void readBackupFolder().then((folder) => {
        if (!folder || timer) return;
        const last = folder.lastBackupAt ?? 0;
        if (!changedSince(mark, last, folder.lastBackupChats ?? -1)) return;
        timer = setTimeout(backUp, Math.max(0, last + BACKUP_EVERY_MS - Date.now()));
      });
    },
    error: (error: unknown) => console.error('Watching the chats for backups failed', error),
  });
  return () => {
    subscription.unsubscribe();
    clearTimeout(timer);
  };
}

export function startSafetyCopies(): () => void {
  const stops = [startDailyRestorePoints(), startFolderBackups()];
  return () => stops.forEach((stop) => stop());
}
