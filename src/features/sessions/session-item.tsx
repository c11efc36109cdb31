// One session in the sidebar: open it, rename it in place, delete it after a confirmation, and
// from its menu pin it or move it to a folder. It can also be dragged onto a folder. While it
// is being deleted (delete-chat.ts), it says so and offers nothing. It is memoized, and its
// props are ids, flags and rows that keep their identity, so the list drawing again while it
// scrolls only draws the rows that come into view.
import { memo, useState } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { DotsIcon, PencilIcon, PinIcon, TrashIcon } from '../../components/ui/icons';
import { Menu, type MenuItem } from '../../components/ui/menu';
import { renameSession } from '../../db/sessions-repo';
import type { SessionRow } from '../../db/types';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { deleteChat } from './delete-chat';
import {
  moveChat,
  pinChat,
  SESSION_DRAG_TYPE,
  SESSION_IN_FOLDER_DRAG_TYPE,
} from './folder-actions';
import { RenameInput } from './rename-input';

export const ROW_HEIGHT = 44;

/** A folder as Move to folder names it (folder-titles.ts tells alike titles apart). */
export interface FolderChoice {
  id: string;
  label: string;
}

export const SessionItem = memo(function SessionItem({
  session,
  folderChoices,
  active,
  renaming,
  setRenamingId,
  top,
}: {
  session: SessionRow;
  /** Every folder, for Move to folder. */
  folderChoices: readonly FolderChoice[];
  active: boolean;
  renaming: boolean;
  /** Starts (with this chat's id) or ends (null) renaming a chat. */
  setRenamingId: (sessionId: string | null) => void;
  /** Where a row of the list itself sits; a chat in a folder flows in its folder. */
  top?: number;
}) {
  const [confirming, setConfirming] = useState(false);
  const [choosingFolder, setChoosingFolder] = useState(false);
  const selected = useUi((s) => s.selectedSessionIds?.includes(session.id));
  const deleting = useUi((s) => s.deletingSessionIds.includes(session.id));

  const remove = () => {
    setConfirming(false);
    deleteChat(session.id).catch(reportFailure('Deleting the chat'));
  };

  const menuItems: MenuItem[] = choosingFolder
    ? [
        ...folderChoices.map((folder) => ({
          label: folder.label,
          checked: session.folderId === folder.id,
          run: () => moveChat(session.id, folder.id),
        })),
        {
          label: 'No folder',
          checked: session.folderId === undefined,
          run: () => moveChat(session.id, null),
        },
      ]
    : [
        session.pinned
          ? { label: 'Unpin', run: () => pinChat(session.id, false) }
          : { label: 'Pin', run: () => pinChat(session.id, true) },
        { label: 'Move to folder', keepOpen: true, run: () => setChoosingFolder(true) },
      ];

  return (
    <li
      aria-label={session.title}
      aria-busy={deleting || undefined}
      className={`group flex w-full items-center gap-1 rounded-md pr-1 ${active ? 'bg-emerald-100' : 'hover:bg-stone-200'} ${deleting ? 'opacity-60' : ''}`}
      style={
        top === undefined
          ? { height: ROW_HEIGHT }
          : {
              position: 'absolute',
              top: 0,
              left: 0,
              transform: `translateY(${top}px)`,
              height: ROW_HEIGHT,
            }
      }
      draggable={!renaming && !deleting}
      onDragStart={(event) => {
        event.dataTransfer.setData(SESSION_DRAG_TYPE, session.id);
        // Only the types can be read while dragging: this one says there is a folder to leave.
        if (session.folderId !== undefined) {
          event.dataTransfer.setData(SESSION_IN_FOLDER_DRAG_TYPE, '');
        }
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      {selected !== undefined && (
        <input
          type="checkbox"
          aria-label={`Select ${session.title}`}
          className="ml-2 h-4 w-4 shrink-0 accent-emerald-700"
          checked={selected}
          disabled={deleting}
          onChange={() => useUi.getState().toggleSelected(session.id)}
        />
      )}
      {renaming ? (
        <RenameInput
          title={session.title}
          label="Chat title"
          onDone={(title) => {
            setRenamingId(null);
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
          disabled={deleting}
          onClick={() => useUi.getState().openSession(session.id)}
        >
          <span className="block truncate">
            {session.pinned && (
              // The menu says Pin or Unpin; the mark is for the eye only.
              <span className="mr-1 inline-block align-[-1px] text-emerald-700">
                <PinIcon />
              </span>
            )}
            {session.title}
          </span>
          {deleting ? (
            <span className="block text-xs text-stone-600">Deleting…</span>
          ) : (
            session.forkedFrom && (
              <span className="block truncate text-xs text-stone-600">
                ↳ fork of {session.forkedFrom.title}
              </span>
            )
          )}
        </button>
      )}
      {!renaming && !deleting && (
        <div
          className={`flex shrink-0 ${active ? '' : 'opacity-0 group-focus-within:opacity-100 group-hover:opacity-100'}`}
        >
          <Menu
            label={`Actions for ${session.title}`}
            buttonLabel={`More actions for ${session.title}`}
            className="px-1.5"
            items={menuItems}
            onClose={() => setChoosingFolder(false)}
          >
            <DotsIcon />
          </Menu>
          <Button
            variant="ghost"
            className="px-1.5"
            aria-label={`Rename ${session.title}`}
            title="Rename"
            onClick={() => setRenamingId(session.id)}
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
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
});
