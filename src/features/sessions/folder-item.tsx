// One folder in the sidebar: a group named by its title, holding its header (collapse or expand
// it, its menu) and, while expanded, its chats. Chats dragged onto it move into it. Renaming it
// to a title another folder has is refused as it is typed.
import type { ReactNode } from 'react';
import { DotsIcon } from '../../components/ui/icons';
import { Menu } from '../../components/ui/menu';
import { folderWithTitle, titleTakenMessage } from '../../db/folder-titles';
import { renameFolder, setFolderCollapsed } from '../../db/folders-repo';
import type { FolderRow } from '../../db/types';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { moveChat, removeFolder } from './folder-actions';
import { RenameInput } from './rename-input';
import { DROP_HIGHLIGHT, useChatDrop } from './use-chat-drop';

export const FOLDER_HEADER_HEIGHT = 40;

export function FolderItem({
  folder,
  folders,
  count,
  renaming,
  onRenameChange,
  onExport,
  listLit,
  top,
  itemRef,
  index,
  children,
}: {
  folder: FolderRow;
  /** Every folder, whose titles a new title may not take. */
  folders: readonly FolderRow[];
  /** How many chats are in it. */
  count: number;
  renaming: boolean;
  onRenameChange: (renaming: boolean) => void;
  onExport: (folder: FolderRow) => void;
  /** The list around it is lit as the no-folder drop target; the folder is not part of it. */
  listLit: boolean;
  /** Where the row sits in the list. */
  top: number;
  /** The virtualized list measures the row through it. */
  itemRef: (element: HTMLElement | null) => void;
  index: number;
  /** The folder's chats, drawn while it is expanded. */
  children: ReactNode;
}) {
  const titleId = `folder-title-${folder.id}`;
  const { title } = folder;
  const drop = useChatDrop((sessionId) => moveChat(sessionId, folder.id));

  return (
    <li
      ref={itemRef}
      data-index={index}
      style={{ position: 'absolute', top: 0, left: 0, transform: `translateY(${top}px)` }}
      className="w-full"
    >
      <div
        role="group"
        aria-labelledby={titleId}
        className={`rounded-md ${drop.over ? DROP_HIGHLIGHT : listLit ? 'bg-stone-100' : ''}`}
        {...drop.handlers}
      >
        <div
          className="group flex items-center gap-1 pr-1"
          style={{ minHeight: FOLDER_HEADER_HEIGHT }}
        >
          {renaming ? (
            <RenameInput
              title={title}
              label="Folder title"
              check={(next) =>
                folderWithTitle(next, folders, folder.id) ? titleTakenMessage(next) : null
              }
              onDone={(next) => {
                onRenameChange(false);
                if (next !== null)
                  void renameFolder(folder.id, next).catch(reportFailure('Renaming the folder'));
              }}
            />
          ) : (
            <button
              type="button"
              aria-expanded={!folder.collapsed}
              className="flex min-w-0 flex-1 items-center gap-1.5 rounded-md px-2 py-1 text-left text-sm font-semibold text-stone-700 hover:bg-stone-200 focus-visible:outline-2 focus-visible:outline-emerald-600"
              onClick={() =>
                void setFolderCollapsed(folder.id, !folder.collapsed).catch(
                  reportFailure(
                    folder.collapsed ? 'Expanding the folder' : 'Collapsing the folder',
                  ),
                )
              }
            >
              <span aria-hidden="true" className="w-3 shrink-0 text-xs text-stone-500">
                {folder.collapsed ? '▸' : '▾'}
              </span>
              <span id={titleId} className="truncate">
                {title}
              </span>
            </button>
          )}
          <span className="shrink-0 text-xs text-stone-500" title="Chats in this folder">
            {count}
          </span>
          {!renaming && (
            <Menu
              label={`Folder ${title}`}
              buttonLabel={`Folder actions for ${title}`}
              className="px-1.5 opacity-60 group-focus-within:opacity-100 group-hover:opacity-100"
              items={[
                {
                  label: `New chat in ${title}`,
                  run: () => {
                    useUi.getState().startChatIn(folder.id);
                    useUi.getState().focusComposer();
                  },
                },
                { label: `Rename folder ${title}`, run: () => onRenameChange(true) },
                { label: `Export folder ${title}`, run: () => onExport(folder) },
                { label: `Delete folder ${title}`, run: () => void removeFolder(folder) },
              ]}
            >
              <DotsIcon />
            </Menu>
          )}
        </div>
        {!folder.collapsed && <ul className="pl-3">{children}</ul>}
      </div>
    </li>
  );
}
