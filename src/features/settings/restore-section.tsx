// The restore half of Settings → Storage: what restore points take, backups to a folder, and
// the Restore list of both. Restore points come from their own database through a live query;
// the folder's backups are read from the folder when it or its last backup changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import {
  listRestorePoints,
  readBackupFolder,
  saveBackupFolder,
  type RestorePointInfo,
} from '../../db/restore-points';
import { restorePointCap } from '../../db/storage-status';
import { listBackups, pickFolder, type FolderBackup } from '../../io/backup-folder';
import { backUpToFolder, type BackupOutcome } from '../../workers/folder-backup';
import { BackupFolderControls } from './backup-folder-controls';
import type { RestoreSource } from './restore-actions';
import { RestoreList } from './restore-list';
import { formatBytes } from '../../lib/format-bytes';

const OUTCOME_WORDS: Record<BackupOutcome, string> = {
  written: 'Backed up.',
  'no folder': 'Choose a backup folder first.',
  'no permission': 'The browser did not allow writing to the folder. Choose it again.',
};

function sourcesOf(
  points: readonly RestorePointInfo[],
  backups: readonly FolderBackup[],
  folderName: string,
): RestoreSource[] {
  return [
    ...points.map((p): RestoreSource => ({ kind: 'point', ...p, why: p.reason })),
    ...backups.map((b): RestoreSource => ({
      kind: 'backup',
      id: b.name,
      createdAt: b.createdAt,
      chats: b.chats,
      size: b.size,
      why: `backup in “${folderName}”`,
    })),
  ].sort((a, b) => b.createdAt - a.createdAt);
}

export function RestoreSection({ onRestore }: { onRestore: (file: File) => void }) {
  const points = useLiveQuery(listRestorePoints);
  const folder = useLiveQuery(readBackupFolder);
  const [backups, setBackups] = useState<FolderBackup[]>([]);
  const [cap, setCap] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    restorePointCap().then(setCap, (error: unknown) =>
      console.error('Reading the restore points cap failed', error),
    );
  }, []);

  const handle = folder?.handle;
  const lastBackupAt = folder?.lastBackupAt;
  useEffect(() => {
    if (!handle) return;
    let current = true;
    listBackups(handle).then(
      (found) => current && setBackups(found),
      (error: unknown) => console.error('Reading the backup folder failed', error),
    );
    return () => {
      current = false;
    };
  }, [handle, lastBackupAt]);

  const sources = useMemo(
    () => sourcesOf(points ?? [], handle ? backups : [], handle?.name ?? ''),
    [points, backups, handle],
  );
  const taken = (points ?? []).reduce((sum, p) => sum + p.size, 0);

  const backUp = async () => setMessage(OUTCOME_WORDS[await backUpToFolder(true)]);
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setMessage('');
    work()
      .catch((error: unknown) => {
        console.error('Backing up to the folder failed', error);
        setMessage(
          `Backing up failed: ${error instanceof Error ? error.message : String(error)}. Try again, or choose another folder.`,
        );
      })
      .finally(() => setBusy(false));
  };
  const choose = () =>
    run(async () => {
      const picked = await pickFolder();
      if (picked) await saveBackupFolder(picked);
    });

  return (
    <>
      <p className="mt-2 text-sm text-stone-700">
        {`Restore points take ${formatBytes(taken)}${cap ? ` of the ${formatBytes(cap)} they may use` : ''}.`}
      </p>
      <BackupFolderControls
        folder={folder}
        busy={busy}
        message={message}
        onChoose={choose}
        onBackUp={() => run(backUp)}
      />
      <RestoreList sources={sources} onRestore={onRestore} />
    </>
  );
}
