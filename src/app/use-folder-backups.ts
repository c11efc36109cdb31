// Backups to the chosen folder after changes, at most every 10 minutes: a change schedules one
// for 10 minutes after the last, and changes meanwhile ride along. A change made while Arbor
// was closed is caught at the next start. Without permission (the browser asks again after a
// restart), nothing is written until the user presses Back up now.
import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { changedSince, readChangeMark } from '../db/change-mark';
import { readBackupFolder } from '../db/restore-points';
import { backUpToFolder } from '../workers/backups';

export const BACKUP_EVERY_MS = 10 * 60 * 1000;

export function useFolderBackups(): void {
  useEffect(() => {
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
  }, []);
}
