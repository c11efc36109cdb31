// The session list's rows, in the order they are drawn: pinned chats that are in no folder,
// then each folder (one row: its header and the chats in it), then the other chats. Inside a
// folder its pinned chats come first. Chats keep the list's order (newest activity first).
// A folder is one row so that it can be one group, named by its title, around its chats; the
// virtualized list measures it, and a folder rarely holds more chats than a screen shows.
import type { FolderRow, SessionRow } from '../../db/types';

export type ListRow =
  | { kind: 'session'; session: SessionRow }
  | { kind: 'folder'; folder: FolderRow; sessions: SessionRow[] };

const pinnedFirst = (sessions: SessionRow[]) => [
  ...sessions.filter((s) => s.pinned),
  ...sessions.filter((s) => !s.pinned),
];

export function listRows(
  sessions: readonly SessionRow[],
  folders: readonly FolderRow[],
): ListRow[] {
  const inFolder = new Map<string, SessionRow[]>(folders.map((f) => [f.id, []]));
  const loose: SessionRow[] = [];
  for (const session of sessions) {
    // A chat naming a folder that is gone (deleted in another tab a moment ago) shows loose.
    const list = session.folderId === undefined ? undefined : inFolder.get(session.folderId);
    if (list) list.push(session);
    else loose.push(session);
  }
  return [
    ...pinnedFirst(loose)
      .filter((s) => s.pinned)
      .map((session): ListRow => ({ kind: 'session', session })),
    ...folders.map((folder): ListRow => ({
      kind: 'folder',
      folder,
      sessions: pinnedFirst(inFolder.get(folder.id) ?? []),
    })),
    ...loose.filter((s) => !s.pinned).map((session): ListRow => ({ kind: 'session', session })),
  ];
}

export function rowKey(row: ListRow): string {
  return row.kind === 'session' ? row.session.id : `folder:${row.folder.id}`;
}
