// Settings' Storage section: whether the browser keeps Arbor's data when the disk runs low
// (persistent storage), with a way to ask for it, how much of the space the browser allows
// is used, and by chats, and restore points, folder backups and Restore.
import { useCallback, useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import {
  readStorageStatus,
  requestPersistentStorage,
  type StorageStatus,
} from '../../db/storage-status';
import { formatBytes } from '../../lib/format-bytes';
import { RestoreSection } from './restore-section';
import { storageWarning, usedShare } from './storage-words';

/** `onRestore` takes a restore point or backup file into the import preview. */
export function StorageSection({ onRestore }: { onRestore: (file: File) => void }) {
  const [status, setStatus] = useState<StorageStatus | undefined | null>(null);
  const [refused, setRefused] = useState(false);
  const refresh = useCallback(() => {
    readStorageStatus().then(setStatus, (error: unknown) => {
      console.error('Reading the storage status failed', error);
      setStatus(undefined);
    });
  }, []);
  useEffect(refresh, [refresh]);

  const ask = () => {
    requestPersistentStorage().then(
      (granted) => {
        setRefused(!granted);
        refresh();
      },
      (error: unknown) => {
        console.error('Asking for persistent storage failed', error);
        setRefused(true);
      },
    );
  };

  return (
    <section aria-labelledby="storage-heading" className="mt-5 border-t border-stone-200 pt-4">
      <h3 id="storage-heading" className="mb-2 text-sm font-semibold text-stone-700">
        Storage
      </h3>
      {status === null && <p className="text-sm text-stone-500">Reading…</p>}
      {status === undefined && (
        <p className="text-sm text-stone-700">
          This browser doesn't say how its storage is kept. Export your chats now and then.
        </p>
      )}
      {status && (
        <>
          <Persistence status={status} refused={refused} onAsk={ask} />
          <Usage status={status} />
        </>
      )}
      <RestoreSection onRestore={onRestore} />
    </section>
  );
}

function Persistence({
  status,
  refused,
  onAsk,
}: {
  status: StorageStatus;
  refused: boolean;
  onAsk: () => void;
}) {
  if (status.persistent) {
    return (
      <p className="mb-3 text-sm text-stone-700">
        Storage is <strong>persistent</strong>: the browser keeps Arbor&apos;s chats when the disk
        runs low. Clearing this site&apos;s data still deletes them.
      </p>
    );
  }
  return (
    <div className="mb-3 text-sm text-stone-700">
      <p>
        Storage is <strong>not persistent</strong>: when the disk runs low, the browser may delete
        Arbor&apos;s chats without asking. Ask it to keep them, and export your chats now and then.
      </p>
      {refused && (
        <p role="status" className="mt-1 text-amber-800">
          The browser said no. Chromium grants it to sites you bookmark, install or use often;
          Firefox asks you. Try again later.
        </p>
      )}
      <Button className="mt-2" onClick={onAsk}>
        Request persistent storage
      </Button>
    </div>
  );
}

function Usage({ status }: { status: StorageStatus }) {
  const share = usedShare(status);
  const percent = share > 0 && share < 0.01 ? 'under 1' : String(Math.floor(share * 100));
  const warning = storageWarning(status);
  return (
    <div className="text-sm text-stone-700">
      <meter
        aria-label="Storage used"
        className="h-3 w-full"
        min={0}
        max={status.quota || 1}
        low={status.quota * 0.8}
        high={status.quota * 0.95}
        optimum={0}
        value={status.usage}
      />
      <p className="mt-1">
        {`${formatBytes(status.usage)} used of the ${formatBytes(status.quota)} this browser allows (${percent}%); chats take ${formatBytes(status.chats)}.`}
      </p>
      {warning && (
        <p role="alert" className="mt-1 text-red-800">
          {warning}
        </p>
      )}
    </div>
  );
}
