// The Restore list: restore points and backups in the folder, newest first, each with its date,
// size, chat count and why it was made. Restore goes through the import preview ("N new, M
// already here"); Replace everything asks first, then puts the source's chats in place of all.
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { reportFailure } from '../../store/report-failure';
import { fileOf, replaceEverything, type RestoreSource } from './restore-actions';
import { chatCount, formatWhen } from './restore-words';
import { formatBytes } from '../../lib/format-bytes';

export function RestoreList({
  sources,
  onRestore,
}: {
  sources: RestoreSource[];
  onRestore: (file: File) => void;
}) {
  const [replacing, setReplacing] = useState<RestoreSource | null>(null);
  const [busy, setBusy] = useState(false);

  const restore = (source: RestoreSource) => {
    fileOf(source).then(onRestore, reportFailure('Reading the restore point'));
  };
  const replace = (source: RestoreSource) => {
    setReplacing(null);
    setBusy(true);
    replaceEverything(source)
      .catch(reportFailure('Replacing every chat'))
      .finally(() => setBusy(false));
  };

  return (
    <div className="mt-4">
      <h4 id="restore-points-heading" className="mb-1 text-sm font-semibold text-stone-700">
        Restore points
      </h4>
      {sources.length === 0 && (
        <p className="text-sm text-stone-500">
          None yet. One is made before each import, Clear and delete, and once a day.
        </p>
      )}
      <ul
        aria-labelledby="restore-points-heading"
        className="max-h-64 space-y-1 overflow-y-auto text-sm"
      >
        {sources.map((source) => {
          const label = `${formatWhen(source.createdAt)}, ${source.why}`;
          return (
            <li
              key={`${source.kind}:${source.id}`}
              aria-label={label}
              className="flex flex-wrap items-center gap-2 rounded border border-stone-200 px-2 py-1.5"
            >
              <span className="min-w-0 flex-1 text-stone-700">
                <span className="block">{formatWhen(source.createdAt)}</span>
                <span className="block text-xs text-stone-600">
                  {`${source.why} · ${chatCount(source.chats)} · ${formatBytes(source.size)}`}
                </span>
              </span>
              <Button disabled={busy} onClick={() => restore(source)}>
                Restore
              </Button>
              <Button variant="ghost" disabled={busy} onClick={() => setReplacing(source)}>
                Replace everything
              </Button>
            </li>
          );
        })}
      </ul>
      {replacing && (
        <ConfirmDialog
          title="Replace every chat?"
          message={`Every chat now in Arbor will be replaced by the ${chatCount(replacing.chats)} of ${formatWhen(replacing.createdAt)}. A restore point of the chats now is kept first, so this can be undone from this list.`}
          confirmLabel="Replace everything"
          open
          onConfirm={() => replace(replacing)}
          onCancel={() => setReplacing(null)}
        />
      )}
    </div>
  );
}
