// Looking after the browser's storage while Arbor runs: persistent storage is asked for once
// the first chat is stored, and the user is warned once per visit when storage passes 80% or
// 95% of what the browser allows.
import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { countSessions } from '../db/queries';
import { askForPersistenceOnce, readStorageStatus, WARN_AT } from '../db/storage-status';
import { useUi } from '../store/ui';
import { storageWarning, usedShare } from '../features/settings/storage-words';

export function useStorageCare(): void {
  useEffect(() => {
    let asked = false;
    let warnedAt = 0;
    const subscription = liveQuery(countSessions).subscribe({
      next: (count) => {
        if (count > 0 && !asked) {
          asked = true;
          askForPersistenceOnce().catch((error: unknown) =>
            console.error('Asking for persistent storage failed', error),
          );
        }
        void readStorageStatus().then((status) => {
          if (!status) return;
          const share = usedShare(status);
          const passed = WARN_AT.filter((level) => share >= level).at(-1) ?? 0;
          if (passed <= warnedAt) return;
          warnedAt = passed;
          useUi.getState().notify({ tone: 'error', text: storageWarning(status) });
        });
      },
      error: (error: unknown) => console.error('Watching the chats failed', error),
    });
    return () => subscription.unsubscribe();
  }, []);
}
