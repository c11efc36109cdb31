// Token counts are kept per message and go with the messages they belong to: a deleted branch,
// a cleared chat and a deleted chat leave no counts behind, and other chats keep theirs.
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteMessageTree } from './branch-repo';
import { appendUserTurn, finishReply } from './messages-repo';
import { db } from './schema';
import { clearSession, createSession, deleteSession } from './sessions-repo';
import type { MessageRow } from './types';
import { readTokenCounts, saveTokenCounts } from './token-counts-repo';

beforeEach(async () => {
  await Promise.all([db.sessions, db.messages, db.tokenCounts].map((t) => t.clear()));
});

/** A chat of two turns, every message counted; returns its id and its messages' ids. */
async function countedChat(): Promise<{ sessionId: string; ids: string[] }> {
  const sessionId = await createSession({ model: 'm', systemPrompt: '' });
  const first = await appendUserTurn(sessionId, 'first question');
  await finishReply(first.assistantId, { content: 'first answer', status: 'done' });
  const second = await appendUserTurn(sessionId, 'second question');
  await finishReply(second.assistantId, { content: 'second answer', status: 'done' });
  const ids = [first.userId, first.assistantId, second.userId, second.assistantId];
  await saveTokenCounts(
    'o200k_base',
    ids.map((id, i) => ({ id, sessionId, tokens: 10 + i })),
  );
  return { sessionId, ids };
}

const countsOf = (sessionId: string) =>
  db.tokenCounts.where('sessionId').equals(sessionId).primaryKeys();

describe('token counts', () => {
  it('reads each kept count in the order asked, and nothing for another encoding', async () => {
    const { sessionId, ids } = await countedChat();
    // Another chat's counts are not this chat's.
    await countedChat();
    const asked = [ids[2] ?? '', 'unknown', ids[0] ?? ''];
    expect(await readTokenCounts(sessionId, asked, 'o200k_base')).toEqual([12, undefined, 10]);
    expect(await readTokenCounts(sessionId, ids, 'cl100k_base')).toEqual(ids.map(() => undefined));
  });

  it('go with a deleted branch, and the rest of the chat keeps its counts', async () => {
    const { sessionId, ids } = await countedChat();
    const [firstQuestion, firstAnswer, secondQuestion, secondAnswer] = ids;
    await deleteMessageTree(sessionId, secondQuestion ?? '', { showSibling: false });
    expect((await countsOf(sessionId)).sort()).toEqual([firstQuestion, firstAnswer].sort());
    expect(await db.tokenCounts.get(secondAnswer ?? '')).toBeUndefined();
  });

  it('are not kept for messages deleted while they were being counted', async () => {
    const { sessionId, ids } = await countedChat();
    await db.tokenCounts.clear();
    await deleteSession(sessionId);
    await saveTokenCounts(
      'o200k_base',
      ids.map((id) => ({ id, sessionId, tokens: 5 })),
    );
    expect(await db.tokenCounts.count()).toBe(0);
  });

  it('go with a cleared chat and a deleted one, and other chats keep theirs', async () => {
    const cleared = await countedChat();
    const deleted = await countedChat();
    const other = await countedChat();
    await clearSession(cleared.sessionId);
    await deleteSession(deleted.sessionId);
    expect(await countsOf(cleared.sessionId)).toEqual([]);
    expect(await countsOf(deleted.sessionId)).toEqual([]);
    expect((await countsOf(other.sessionId)).sort()).toEqual([...other.ids].sort());
  });

  it('keeps the counts of a long chat written in several chunks, and none for messages gone', async () => {
    const sessionId = await createSession({ model: 'm', systemPrompt: '' });
    const rows: MessageRow[] = Array.from({ length: 2_400 }, (_, i) => ({
      id: `long-${i}`,
      sessionId,
      parentId: i === 0 ? null : `long-${i - 1}`,
      createdAt: i + 1,
      status: 'done',
      role: i % 2 === 0 ? 'user' : 'assistant',
      content: `message ${i}`,
    }));
    await db.messages.bulkPut(rows);
    const gone = Array.from({ length: 100 }, (_, i) => `gone-${i}`);
    await saveTokenCounts(
      'o200k_base',
      [...rows.map((r) => r.id), ...gone].map((id) => ({ id, sessionId, tokens: 7 })),
    );
    expect(await db.tokenCounts.count()).toBe(2_400);
    const read = await readTokenCounts(sessionId, ['long-0', 'long-2399', 'gone-0'], 'o200k_base');
    expect(read).toEqual([7, 7, undefined]);
  });

  it('keeps no count that names another chat than its message is in', async () => {
    const { ids } = await countedChat();
    await db.tokenCounts.clear();
    await saveTokenCounts('o200k_base', [{ id: ids[0] ?? '', sessionId: 'another', tokens: 3 }]);
    expect(await db.tokenCounts.count()).toBe(0);
  });
});
