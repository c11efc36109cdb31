// Backups to a folder: choose it, see its name and the last backup, and Back up now. Only where
// the browser offers the File System Access API; elsewhere it says so and points to Export.
import { Button } from '../../components/ui/button';
import type { BackupFolderRow } from '../../db/restore-points';
import { canBackUpToFolder } from '../../io/backup-folder';
import { formatWhen } from './restore-words';

export function BackupFolderControls({
  folder,
  busy,
  message,
  onChoose,
  onBackUp,
}: {
  folder: BackupFolderRow | undefined;
  busy: boolean;
  message: string;
  onChoose: () => void;
  onBackUp: () => void;
}) {
  return (
    <div className="mt-4 text-sm text-stone-700">
      <h4 className="mb-1 font-semibold">Backups</h4>
      <p className="mb-2">
        Backups in a folder on this computer survive clearing this site&apos;s data; restore points
        are kept with the site&apos;s data and do not.
      </p>
      {!canBackUpToFolder() ? (
        <p>
          This browser can&apos;t back up to a folder. Export your chats now and then to keep a copy
          (Export in the sidebar).
        </p>
      ) : (
        <>
          <p className="mb-2">
            {folder
              ? `Backing up to the folder “${folder.handle.name}” after changes, at most every 10 minutes. ${folder.lastBackupAt ? `Last backup: ${formatWhen(folder.lastBackupAt)}.` : 'No backup written yet.'}`
              : 'No backup folder chosen.'}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button disabled={busy} onClick={onChoose}>
              Choose backup folder
            </Button>
            <Button disabled={busy || !folder} onClick={onBackUp}>
              Back up now
            </Button>
          </div>
        </>
      )}
      {message && (
        <p role="status" className="mt-1">
          {message}
        </p>
      )}
    </div>
  );
}
