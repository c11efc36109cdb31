// The sidebar: New chat, New folder, Settings, and the virtualized list of sessions and
// folders (list-rows.ts), which takes the keyboard focus when asked (/list in the message box).
// A chat in a folder dropped on the list outside any folder leaves its folder.
// The list is drawn from deferred copies of its live queries, so the render that fills it with
// the whole list (2,000 chats in 100 folders) runs in slices between which the page can paint,
// instead of one long task; chat rows are memoized (session-item.tsx) and the virtualizer's
// callbacks change only with the rows, so drawing the list again as it scrolls only draws the
// rows coming into view.
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Button } from '../../components/ui/button';
import { folderChoiceLabels } from '../../db/folder-titles';
import { createFolder } from '../../db/folders-repo';
import type { FolderRow, SessionRow } from '../../db/types';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { moveChat, SESSION_IN_FOLDER_DRAG_TYPE } from './folder-actions';
import { FOLDER_HEADER_HEIGHT, FolderItem } from './folder-item';
import { listRows, rowKey, type ListRow } from './list-rows';
import {
  measureRowAfterLayout,
  scrollOnceScrolled,
  observeRectAfterLayout,
} from './measure-after-layout';
import { ROW_HEIGHT, SessionItem, type FolderChoice } from './session-item';
import { DROP_HIGHLIGHT, useChatDrop } from './use-chat-drop';
import { useFolders } from './use-folders';
import { useSessions } from './use-sessions';

function estimate(row: ListRow | undefined): number {
  if (row?.kind !== 'folder') return ROW_HEIGHT;
  return FOLDER_HEADER_HEIGHT + (row.folder.collapsed ? 0 : row.sessions.length * ROW_HEIGHT);
}

/**
 * `tools` holds what other features add under New chat, such as Import and Export all;
 * `onExportFolder` exports a folder with its chats.
 */
export function SessionSidebar({
  tools,
  onExportFolder,
}: {
  tools: ReactNode;
  onExportFolder: (folder: FolderRow) => void;
}) {
  const sessions = useDeferredValue(useSessions());
  const folders = useDeferredValue(useFolders());
  const activeId = useUi((s) => s.activeSessionId);
  const open = useUi((s) => s.sidebarOpen);
  const scrollRef = useRef<HTMLDivElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [renamingFolderId, setRenamingFolderId] = useState<string | null>(null);
  const rows = useMemo(() => listRows(sessions ?? [], folders), [sessions, folders]);
  // A chat's Deleting… mark goes once the list no longer holds it.
  useEffect(() => {
    if (sessions) useUi.getState().settleDeleting(new Set(sessions.map((s) => s.id)));
  }, [sessions]);
  const folderChoices = useMemo((): FolderChoice[] => {
    const counts = new Map<string, number>();
    for (const row of rows)
      if (row.kind === 'folder') counts.set(row.folder.id, row.sessions.length);
    const labels = folderChoiceLabels(folders, (id) => counts.get(id) ?? 0);
    return folders.map((folder) => ({
      id: folder.id,
      label: labels.get(folder.id) ?? folder.title,
    }));
  }, [rows, folders]);
  const estimateSize = useCallback((index: number) => estimate(rows[index]), [rows]);
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      return row ? rowKey(row) : index;
    },
    [rows],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    // A folder row may hold many chats, so a few rows beyond the screen are plenty.
    overscan: 3,
    // The list fills the sidebar's height, so the first rows are drawn before it is measured.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: observeRectAfterLayout,
    measureElement: measureRowAfterLayout,
    scrollToFn: scrollOnceScrolled,
    getItemKey,
  });
  // Outside every folder, the list takes a chat that is in one out of it.
  const noFolderDrop = useChatDrop(
    (sessionId) => moveChat(sessionId, null),
    (types, target) =>
      types.includes(SESSION_IN_FOLDER_DRAG_TYPE) && target.closest('[role="group"]') === null,
  );

  const newFolder = async () => {
    const id = await createFolder();
    setRenamingFolderId(id);
  };

  const sessionItem = (session: SessionRow, top?: number) => (
    <SessionItem
      key={session.id}
      session={session}
      folderChoices={folderChoices}
      active={session.id === activeId}
      renaming={renamingId === session.id}
      setRenamingId={setRenamingId}
      top={top}
    />
  );

  const focusRequest = useUi((s) => s.sessionListFocusRequest);
  const handledRequest = useRef(focusRequest);
  useEffect(() => {
    if (focusRequest === handledRequest.current) return;
    handledRequest.current = focusRequest;
    // The open chat's row when it is drawn, else the first row, else the (empty) list itself.
    const nav = navRef.current;
    const row =
      nav?.querySelector<HTMLElement>('button[aria-current="page"]') ??
      nav?.querySelector<HTMLElement>('li button');
    (row ?? nav)?.focus();
  }, [focusRequest]);

  return (
    <aside
      className={`${open ? 'flex' : 'hidden'} fixed inset-y-0 left-0 z-40 w-72 shrink-0 flex-col border-r border-stone-200 bg-stone-100 shadow-xl md:static md:flex md:shadow-none`}
    >
      <div className="flex items-center justify-between gap-2 p-3">
        <h1 className="text-lg font-semibold text-emerald-800">Arbor</h1>
        <Button variant="ghost" onClick={() => useUi.getState().setSettingsOpen(true)}>
          Settings
        </Button>
      </div>
      <div className="px-3 pb-2">
        <div className="flex gap-2">
          <Button
            variant="primary"
            className="flex-1 justify-center"
            // The chat is stored once its first message is sent, so New chat leaves no empty chats behind.
            onClick={() => useUi.getState().openSession(null)}
          >
            New chat
          </Button>
          <Button onClick={() => void newFolder().catch(reportFailure('Creating a folder'))}>
            New folder
          </Button>
        </div>
        {tools}
      </div>
      <nav
        ref={navRef}
        aria-labelledby="sessions-heading"
        tabIndex={-1}
        className="flex min-h-0 flex-1 flex-col focus:outline-none"
      >
        <h2
          id="sessions-heading"
          className="px-3 pb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase"
        >
          Sessions
        </h2>
        <div
          ref={scrollRef}
          className={`min-h-0 flex-1 overflow-y-auto rounded-md px-2 pb-3 ${noFolderDrop.over ? DROP_HIGHLIGHT : ''}`}
          {...noFolderDrop.handlers}
        >
          {sessions?.length === 0 && folders.length === 0 && (
            <p className="px-2 py-4 text-sm text-stone-600">No chats yet.</p>
          )}
          <ul className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              if (row.kind === 'session') return sessionItem(row.session, item.start);
              return (
                <FolderItem
                  key={item.key}
                  folder={row.folder}
                  folders={folders}
                  count={row.sessions.length}
                  renaming={renamingFolderId === row.folder.id}
                  onRenameChange={(on) => setRenamingFolderId(on ? row.folder.id : null)}
                  onExport={onExportFolder}
                  listLit={noFolderDrop.over}
                  top={item.start}
                  itemRef={virtualizer.measureElement}
                  index={item.index}
                >
                  {row.sessions.map((session) => sessionItem(session))}
                </FolderItem>
              );
            })}
          </ul>
          {noFolderDrop.over && (
            <p className="sticky bottom-0 mt-1 rounded-md bg-emerald-50 px-2 py-1 text-xs font-medium text-emerald-800">
              Drop here for no folder
            </p>
          )}
        </div>
      </nav>
    </aside>
  );
}
