// Replace everything leaves no row of a chat that is gone: drafts, streamed text and token
// counts go with it.
import { beforeEach, describe, expect, it } from 'vitest';
import { NEW_CHAT_DRAFT } from './drafts-repo';
import { replaceAllChats } from './replace-all';
import { db } from './schema';
import type { MessageRow, SessionRow } from './types';

function chat(id: string, folderId?: string): SessionRow {
  return {
    id,
    title: id,
    titleIsCustom: false,
    createdAt: 1,
    updatedAt: 1,
    model: 'm',
    systemPrompt: '',
    params: {},
    activeLeafId: `${id}-reply`,
    ...(folderId ? { folderId } : {}),
  };
}

function reply(sessionId: string): MessageRow {
  return {
    id: `${sessionId}-reply`,
    sessionId,
    parentId: null,
    role: 'assistant',
    content: '',
    createdAt: 1,
    status: 'streaming',
  };
}

async function seed(ids: string[]): Promise<void> {
  await db.folders.add({ id: 'folder', title: 'Folder', createdAt: 1, collapsed: false });
  await db.sessions.bulkAdd(ids.map((id) => chat(id, 'folder')));
  await db.messages.bulkAdd(ids.map(reply));
  await db.drafts.bulkAdd(
    [...ids, NEW_CHAT_DRAFT].map((sessionId) => ({ sessionId, text: 'typed', updatedAt: 1 })),
  );
  await db.streams.bulkAdd(
    ids.map((id) => ({ id: `${id}-reply`, content: 'so far', updatedAt: 1 })),
  );
  await db.tokenCounts.bulkAdd(
    ids.map((id) => ({ id: `${id}-reply`, sessionId: id, counts: { o200k_base: 3 } })),
  );
}

/** What the restore point brings: `ids` with their messages. */
function writeChats(ids: string[]) {
  return async () => {
    await db.sessions.bulkAdd(ids.map((id) => chat(id)));
    await db.messages.bulkAdd(ids.map((id) => ({ ...reply(id), status: 'interrupted' as const })));
    return ids.length;
  };
}

beforeEach(async () => {
  await Promise.all(
    [db.sessions, db.messages, db.folders, db.drafts, db.streams, db.tokenCounts].map((t) =>
      t.clear(),
    ),
  );
});

describe('replaceAllChats', () => {
  it('puts the written chats in place of every chat and folder', async () => {
    await seed(['kept', 'gone']);
    expect(await replaceAllChats(db, writeChats(['kept', 'new']))).toBe(2);
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual(['kept', 'new']);
    expect(await db.messages.where('sessionId').equals('gone').count()).toBe(0);
    expect(await db.folders.count()).toBe(0);
  });

  it('removes the drafts and streamed text of chats that are gone, keeping those still here', async () => {
    await seed(['kept', 'gone']);
    await replaceAllChats(db, writeChats(['kept', 'new']));
    expect((await db.drafts.toCollection().primaryKeys()).sort()).toEqual([NEW_CHAT_DRAFT, 'kept']);
    expect(await db.streams.toCollection().primaryKeys()).toEqual(['kept-reply']);
  });

  it('drops every token count: the messages written in place are counted again', async () => {
    await seed(['kept', 'gone']);
    await replaceAllChats(db, writeChats(['kept', 'new']));
    expect(await db.tokenCounts.count()).toBe(0);
  });

  it('changes nothing when the write fails', async () => {
    await seed(['kept', 'gone']);
    const failing = async () => {
      await writeChats(['new'])();
      throw new Error('disk full');
    };
    await expect(replaceAllChats(db, failing)).rejects.toThrow('disk full');
    expect((await db.sessions.toCollection().primaryKeys()).sort()).toEqual(['gone', 'kept']);
    expect(await db.drafts.count()).toBe(3);
    expect(await db.streams.count()).toBe(2);
    expect(await db.folders.count()).toBe(1);
    expect(await db.tokenCounts.count()).toBe(2);
  });
});
