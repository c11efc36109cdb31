// All writes to folders and to where a chat sits in the list: create, rename, collapse and
// delete a folder (with undo), move a chat into or out of one, pin and unpin a chat. Neither
// moving nor pinning touches a chat's updatedAt: organising is not activity. A title another
// folder has is refused inside the write's transaction (folder-titles.ts), so two tabs can't
// both take it.
import { noteOrganised } from './change-mark';
import { folderWithTitle, FolderTitleTakenError, freeTitle } from './folder-titles';
import { db } from './schema';
import type { FolderRow } from './types';
import { newId } from '../lib/ids';

export const DEFAULT_FOLDER_TITLE = 'New folder';

/**
 * Adds a folder called `title`, refused with FolderTitleTakenError when that is taken; with no
 * title, the first of "New folder", "New folder 2"… that is free.
 */
export async function createFolder(title?: string): Promise<string> {
  const asked = title?.trim();
  const id = newId();
  await db.transaction('rw', db.folders, db.settings, async () => {
    const folders = await db.folders.toArray();
    if (asked && folderWithTitle(asked, folders)) throw new FolderTitleTakenError(asked);
    await db.folders.add({
      id,
      title: asked || freeTitle(DEFAULT_FOLDER_TITLE, folders),
      createdAt: Date.now(),
      collapsed: false,
    });
    await noteOrganised();
  });
  return id;
}

/** An empty title is ignored; one another folder has is refused with FolderTitleTakenError. */
export async function renameFolder(id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (!trimmed) return;
  await db.transaction('rw', db.folders, db.settings, async () => {
    if (folderWithTitle(trimmed, await db.folders.toArray(), id)) {
      throw new FolderTitleTakenError(trimmed);
    }
    await db.folders.update(id, { title: trimmed });
    await noteOrganised();
  });
}

export async function setFolderCollapsed(id: string, collapsed: boolean): Promise<void> {
  await db.folders.update(id, { collapsed });
}

/** A deleted folder and the chats that were in it, so Undo can put both back. */
export interface FolderSnapshot {
  folder: FolderRow;
  sessionIds: string[];
}

/** Removes the folder; its chats are kept and move out of it, in one transaction. */
export async function deleteFolder(id: string): Promise<FolderSnapshot | undefined> {
  return db.transaction('rw', db.folders, db.sessions, db.settings, async () => {
    const folder = await db.folders.get(id);
    if (!folder) return undefined;
    const inside = db.sessions.where('folderId').equals(id);
    const sessionIds = await inside.primaryKeys();
    await inside.modify((session) => {
      delete session.folderId;
    });
    await db.folders.delete(id);
    await noteOrganised();
    return { folder, sessionIds };
  });
}

/**
 * Brings a deleted folder back with its chats. A chat deleted since stays deleted, and one the
 * user has put in another folder since stays there.
 */
export async function restoreFolder(saved: FolderSnapshot): Promise<void> {
  await db.transaction('rw', db.folders, db.sessions, db.settings, async () => {
    await db.folders.put(saved.folder);
    await db.sessions
      .where(':id')
      .anyOf(saved.sessionIds)
      .filter((session) => session.folderId === undefined)
      .modify({ folderId: saved.folder.id });
    await noteOrganised();
  });
}

/** Puts the chat in the folder, or in none when `folderId` is null. */
export async function moveToFolder(sessionId: string, folderId: string | null): Promise<void> {
  await db.transaction('rw', db.folders, db.sessions, db.settings, async () => {
    if (folderId !== null && !(await db.folders.get(folderId))) {
      throw new Error('that folder no longer exists');
    }
    await db.sessions.update(sessionId, { folderId: folderId ?? undefined });
    await noteOrganised();
  });
}

export async function setPinned(sessionId: string, pinned: boolean): Promise<void> {
  await db.transaction('rw', db.sessions, db.settings, async () => {
    await db.sessions.update(sessionId, { pinned: pinned || undefined });
    await noteOrganised();
  });
}
