// One folder in the sidebar: a group named by its title, holding its header (collapse or expand
// it, its menu) and, while expanded, its chats. Chats dragged onto it move into it.
import { useState, type CSSProperties, type DragEvent, type ReactNode } from 'react';
import { DotsIcon } from '../../components/ui/icons';
import { Menu } from '../../components/ui/menu';
import { renameFolder, setFolderCollapsed } from '../../db/folders-repo';
import type { FolderRow } from '../../db/types';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { moveChat, removeFolder, SESSION_DRAG_TYPE } from './folder-actions';
import { RenameInput } from './rename-input';

export const FOLDER_HEADER_HEIGHT = 40;

/** Takes a dragged chat's drop; `onMove` gets its id. */
export function dropTarget(onMove: (sessionId: string) => void) {
  const carriesChat = (event: DragEvent) => event.dataTransfer.types.includes(SESSION_DRAG_TYPE);
  return {
    onDragOver: (event: DragEvent) => {
      if (!carriesChat(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDrop: (event: DragEvent) => {
      if (!carriesChat(event)) return;
      event.preventDefault();
      event.stopPropagation();
      onMove(event.dataTransfer.getData(SESSION_DRAG_TYPE));
    },
  };
}

export function FolderItem({
  folder,
  count,
  renaming,
  onRenameChange,
  onExport,
  style,
  itemRef,
  index,
  children,
}: {
  folder: FolderRow;
  /** How many chats are in it. */
  count: number;
  renaming: boolean;
  onRenameChange: (renaming: boolean) => void;
  onExport: (folder: FolderRow) => void;
  style: CSSProperties;
  /** The virtualized list measures the row through it. */
  itemRef: (element: HTMLElement | null) => void;
  index: number;
  /** The folder's chats, drawn while it is expanded. */
  children: ReactNode;
}) {
  const [dragOver, setDragOver] = useState(false);
  const titleId = `folder-title-${folder.id}`;
  const { title } = folder;
  const drop = dropTarget((sessionId) => {
    setDragOver(false);
    moveChat(sessionId, folder.id);
  });

  return (
    <li ref={itemRef} data-index={index} style={style} className="w-full">
      <div
        role="group"
        aria-labelledby={titleId}
        className={`rounded-md ${dragOver ? 'bg-emerald-50 outline-2 outline-emerald-600' : ''}`}
        onDragEnter={() => setDragOver(true)}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragOver(false);
        }}
        {...drop}
      >
        <div
          className="group flex items-center gap-1 pr-1"
          style={{ height: FOLDER_HEADER_HEIGHT }}
        >
          {renaming ? (
            <RenameInput
              title={title}
              label="Folder title"
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
