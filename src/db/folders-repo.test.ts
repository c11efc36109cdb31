// Folders and pins: a folder's chats survive its deletion and come back with Undo.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createFolder,
  deleteFolder,
  moveToFolder,
  renameFolder,
  restoreFolder,
  setFolderCollapsed,
  setPinned,
} from './folders-repo';
import { FolderTitleTakenError } from './folder-titles';
import { listFolders, sessionIdsInFolder } from './queries';
import { db } from './schema';
import { createSession, deleteSession } from './sessions-repo';

const defaults = { model: 'm', systemPrompt: '' };

beforeEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear(), db.folders.clear()]);
});

describe('folders', () => {
  it('creates, renames and collapses a folder, listed by title', async () => {
    const work = await createFolder('Work');
    const books = await createFolder('  Books ');
    await renameFolder(work, 'Zebra work');
    await renameFolder(books, '   ');
    await setFolderCollapsed(work, true);
    const folders = await listFolders();
    expect(folders.map((f) => [f.title, f.collapsed])).toEqual([
      ['Books', false],
      ['Zebra work', true],
    ]);
  });

  it('refuses a title another folder has, trimmed and ignoring case, and numbers New folder', async () => {
    const work = await createFolder('Work');
    const books = await createFolder('Books');
    await expect(createFolder(' work ')).rejects.toThrow('A folder named “work” already exists');
    await expect(renameFolder(books, 'WORK')).rejects.toThrow(FolderTitleTakenError);
    await renameFolder(work, 'work');
    await createFolder();
    await createFolder();
    expect((await listFolders()).map((f) => f.title)).toEqual([
      'Books',
      'New folder',
      'New folder 2',
      'work',
    ]);
  });

  it('moves a chat into a folder and out again without touching its last activity', async () => {
    const folder = await createFolder('Trips');
    const chat = await createSession(defaults);
    const before = await db.sessions.get(chat);
    await moveToFolder(chat, folder);
    expect(await sessionIdsInFolder(folder)).toEqual([chat]);
    await moveToFolder(chat, null);
    const after = await db.sessions.get(chat);
    expect(after?.folderId).toBeUndefined();
    expect(after?.updatedAt).toBe(before?.updatedAt);
    expect(await sessionIdsInFolder(folder)).toEqual([]);
  });

  it('refuses to move a chat into a folder that no longer exists', async () => {
    const chat = await createSession(defaults);
    await expect(moveToFolder(chat, 'gone')).rejects.toThrow(/no longer exists/);
    expect((await db.sessions.get(chat))?.folderId).toBeUndefined();
  });

  it('creates a new chat inside a folder', async () => {
    const folder = await createFolder('Trips');
    const chat = await createSession(defaults, folder);
    expect(await sessionIdsInFolder(folder)).toEqual([chat]);
  });

  it('deleting a folder keeps its chats outside, and Undo puts them back in it', async () => {
    const folder = await createFolder('Trips');
    const [a, b, outside] = await Promise.all([
      createSession(defaults, folder),
      createSession(defaults, folder),
      createSession(defaults),
    ]);
    const saved = await deleteFolder(folder);
    expect(await db.folders.count()).toBe(0);
    expect(await db.sessions.count()).toBe(3);
    expect(await sessionIdsInFolder(folder)).toEqual([]);
    if (!saved) throw new Error('nothing was saved');

    await restoreFolder(saved);
    expect((await listFolders()).map((f) => f.title)).toEqual(['Trips']);
    expect((await sessionIdsInFolder(folder)).sort()).toEqual([a, b].sort());
    expect((await db.sessions.get(outside))?.folderId).toBeUndefined();
  });

  it('Undo of a folder delete leaves chats deleted or moved elsewhere since where they are', async () => {
    const folder = await createFolder('Trips');
    const other = await createFolder('Other');
    const [kept, moved, deleted] = await Promise.all([
      createSession(defaults, folder),
      createSession(defaults, folder),
      createSession(defaults, folder),
    ]);
    const saved = await deleteFolder(folder);
    if (!saved) throw new Error('nothing was saved');
    await moveToFolder(moved, other);
    await deleteSession(deleted);

    await restoreFolder(saved);
    expect(await sessionIdsInFolder(folder)).toEqual([kept]);
    expect(await sessionIdsInFolder(other)).toEqual([moved]);
    expect(await db.sessions.get(deleted)).toBeUndefined();
  });
});

describe('pins', () => {
  it('pins and unpins a chat without touching its last activity', async () => {
    const chat = await createSession(defaults);
    const before = await db.sessions.get(chat);
    await setPinned(chat, true);
    expect((await db.sessions.get(chat))?.pinned).toBe(true);
    await setPinned(chat, false);
    const after = await db.sessions.get(chat);
    expect(after?.pinned).toBeUndefined();
    expect(after?.updatedAt).toBe(before?.updatedAt);
  });
});
