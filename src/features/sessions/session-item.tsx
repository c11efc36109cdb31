// One session in the sidebar: open it, rename it in place, or delete it after a confirmation.
import { useState, type CSSProperties } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { PencilIcon, TrashIcon } from '../../components/ui/icons';
import { newestSession } from '../../db/queries';
import { deleteSession, renameSession } from '../../db/sessions-repo';
import type { SessionRow } from '../../db/types';
import { stopTurnsIn } from '../../engine/turns';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { keepRestorePoint } from '../../workers/restore-point-client';

export function SessionItem({
  session,
  active,
  renaming,
  onRenameChange,
  style,
}: {
  session: SessionRow;
  active: boolean;
  renaming: boolean;
  onRenameChange: (renaming: boolean) => void;
  style: CSSProperties;
}) {
  const [confirming, setConfirming] = useState(false);
  const selected = useUi((s) => s.selectedSessionIds?.includes(session.id));

  const remove = async () => {
    setConfirming(false);
    stopTurnsIn(session.id);
    await keepRestorePoint('before deleting a chat');
    await deleteSession(session.id);
    if (useUi.getState().activeSessionId === session.id) {
      const next = await newestSession();
      useUi.getState().openSession(next?.id ?? null);
    }
  };

  return (
    <li
      aria-label={session.title}
      className={`group absolute top-0 left-0 flex w-full items-center gap-1 rounded-md pr-1 ${active ? 'bg-emerald-100' : 'hover:bg-stone-200'}`}
      style={style}
    >
      {selected !== undefined && (
        <input
          type="checkbox"
          aria-label={`Select ${session.title}`}
          className="ml-2 h-4 w-4 shrink-0 accent-emerald-700"
          checked={selected}
          onChange={() => useUi.getState().toggleSelected(session.id)}
        />
      )}
      {renaming ? (
        <RenameInput
          title={session.title}
          onDone={(title) => {
            onRenameChange(false);
            if (title !== null)
              void renameSession(session.id, title).catch(reportFailure('Renaming'));
          }}
        />
      ) : (
        <button
          type="button"
          aria-current={active ? 'page' : undefined}
          className="min-w-0 flex-1 px-2 py-1 text-left text-sm leading-tight"
          title={session.title}
          onClick={() => useUi.getState().openSession(session.id)}
        >
          <span className="block truncate">{session.title}</span>
          {session.forkedFrom && (
            <span className="block truncate text-xs text-stone-600">
              ↳ fork of {session.forkedFrom.title}
            </span>
          )}
        </button>
      )}
      {!renaming && (
        <div
          className={`flex shrink-0 ${active ? '' : 'opacity-0 group-focus-within:opacity-100 group-hover:opacity-100'}`}
        >
          <Button
            variant="ghost"
            className="px-1.5"
            aria-label={`Rename ${session.title}`}
            title="Rename"
            onClick={() => onRenameChange(true)}
          >
            <PencilIcon />
          </Button>
          <Button
            variant="ghost"
            className="px-1.5"
            aria-label={`Delete ${session.title}`}
            title="Delete"
            onClick={() => setConfirming(true)}
          >
            <TrashIcon />
          </Button>
        </div>
      )}
      {/* Only while asked for: a closed dialog in every row is DOM the list would draw for nothing. */}
      {confirming && (
        <ConfirmDialog
          title="Delete this chat?"
          message={`“${session.title}” and all its messages will be removed from this browser. This cannot be undone.`}
          confirmLabel="Delete"
          open
          onConfirm={() => void remove().catch(reportFailure('Deleting the chat'))}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

function RenameInput({ title, onDone }: { title: string; onDone: (title: string | null) => void }) {
  const [value, setValue] = useState(title);
  return (
    <input
      aria-label="Chat title"
      className="mx-1 min-w-0 flex-1 rounded border border-emerald-600 bg-white px-1.5 py-1 text-sm"
      value={value}
      autoFocus
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => onDone(value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(value);
        if (e.key === 'Escape') onDone(null);
      }}
    />
  );
}
