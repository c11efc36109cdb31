// Tree operations on the real repositories (Dexie over fake-indexeddb): edits and
// regenerations as siblings, branch switching, deletion with undo, and forks.
import { beforeEach, describe, expect, it } from 'vitest';
import { activateBranch, deleteMessageTree, restoreMessages } from './branch-repo';
import { DexieSession } from './dexie-session';
import { forkSession } from './fork-repo';
import { appendUserTurn, finishReply, startReply } from './messages-repo';
import { db } from './schema';
import { clearSession, createSession, deleteSession } from './sessions-repo';
import { indexMessages, pathTo } from './tree';

async function activeTexts(sessionId: string): Promise<unknown[]> {
  const session = await db.sessions.get(sessionId);
  const rows = await db.messages.where('sessionId').equals(sessionId).toArray();
  return pathTo(indexMessages(rows), session?.activeLeafId ?? null).map((m) => m.content);
}

/** A finished question and answer under the active leaf. */
async function turn(sessionId: string, question: string, answer: string, parentId?: string | null) {
  const ids = await appendUserTurn(sessionId, question, parentId);
  await finishReply(ids.assistantId, { content: answer, status: 'done' });
  return ids;
}

let sessionId: string;
beforeEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear()]);
  sessionId = await createSession({ model: 'm', systemPrompt: 'Be kind.' });
});

describe('branches inside a session', () => {
  it('adds an edited question as a sibling and leaves the original and its reply untouched', async () => {
    await turn(sessionId, 'q1', 'a1');
    const original = await turn(sessionId, 'q2', 'a2');
    const question = await db.messages.get(original.userId);
    await turn(sessionId, 'q2 edited', 'a2 edited', question?.parentId);
    expect(await activeTexts(sessionId)).toEqual(['q1', 'a1', 'q2 edited', 'a2 edited']);
    expect((await db.messages.get(original.userId))?.content).toBe('q2');
    expect((await db.messages.get(original.assistantId))?.content).toBe('a2');
  });

  it('keeps both replies when one is regenerated, and switches between them', async () => {
    const first = await turn(sessionId, 'q', 'old answer');
    const newId = await startReply(sessionId, first.userId);
    await finishReply(newId, { content: 'new answer', status: 'done' });
    expect(await activeTexts(sessionId)).toEqual(['q', 'new answer']);
    await activateBranch(sessionId, first.assistantId);
    expect(await activeTexts(sessionId)).toEqual(['q', 'old answer']);
  });

  it('switching to a sibling follows it down to its most recent leaf', async () => {
    const a = await turn(sessionId, 'q1', 'a1');
    await turn(sessionId, 'q2', 'a2');
    await turn(sessionId, 'q3', 'a3');
    await turn(sessionId, 'q1 again', 'b1', null);
    expect(await activeTexts(sessionId)).toEqual(['q1 again', 'b1']);
    await activateBranch(sessionId, a.userId);
    expect(await activeTexts(sessionId)).toEqual(['q1', 'a1', 'q2', 'a2', 'q3', 'a3']);
  });

  it('the session protocol follows the active path and pops only the active leaf of a branch', async () => {
    const first = await turn(sessionId, 'q', 'old');
    const regenerated = await startReply(sessionId, first.userId);
    await finishReply(regenerated, { content: 'new', status: 'done' });
    const protocol = new DexieSession(db, sessionId);
    expect(await protocol.getItems()).toEqual([
      { role: 'user', content: 'q' },
      { role: 'assistant', content: 'new' },
    ]);
    expect(await protocol.popItem()).toEqual({ role: 'assistant', content: 'new' });
    expect(await db.messages.get(first.assistantId)).toBeDefined();
    await activateBranch(sessionId, first.assistantId);
    expect(await protocol.getItems(1)).toEqual([{ role: 'assistant', content: 'old' }]);
  });

  it('deletes a message with its subtree and puts it all back on undo', async () => {
    await turn(sessionId, 'q1', 'a1');
    const second = await turn(sessionId, 'q2', 'a2');
    const removed = await deleteMessageTree(sessionId, second.userId, { showSibling: true });
    expect(removed.messages).toHaveLength(2);
    expect(await activeTexts(sessionId)).toEqual(['q1', 'a1']);
    await restoreMessages(removed);
    expect(await activeTexts(sessionId)).toEqual(['q1', 'a1', 'q2', 'a2']);
  });

  it('clearing removes every branch and keeps the session and its settings', async () => {
    const first = await turn(sessionId, 'q', 'a');
    await startReply(sessionId, first.userId);
    await clearSession(sessionId);
    expect(await db.messages.where('sessionId').equals(sessionId).count()).toBe(0);
    expect(await db.sessions.get(sessionId)).toMatchObject({
      systemPrompt: 'Be kind.',
      model: 'm',
      activeLeafId: null,
    });
  });
});

describe('fork', () => {
  it('copies the path up to a message into a new session with fresh ids and a link back', async () => {
    await turn(sessionId, 'q1', 'a1');
    const second = await turn(sessionId, 'q2', 'a2');
    await turn(sessionId, 'q3', 'a3');
    const forkId = await forkSession(sessionId, second.userId);
    const fork = await db.sessions.get(forkId);
    expect(fork).toMatchObject({
      title: 'q1 (fork)',
      model: 'm',
      systemPrompt: 'Be kind.',
      forkedFrom: { sessionId, messageId: second.userId, title: 'q1' },
    });
    expect(await activeTexts(forkId)).toEqual(['q1', 'a1', 'q2']);
    const sourceIds = new Set(
      (await db.messages.where('sessionId').equals(sessionId).toArray()).map((m) => m.id),
    );
    const forkRows = await db.messages.where('sessionId').equals(forkId).toArray();
    expect(forkRows.some((m) => sourceIds.has(m.id))).toBe(false);
  });

  it('leaves the two sessions independent afterwards', async () => {
    const first = await turn(sessionId, 'q1', 'a1');
    const forkId = await forkSession(sessionId, first.assistantId);
    await turn(forkId, 'only in fork', 'fork reply');
    await clearSession(sessionId);
    expect(await activeTexts(forkId)).toEqual(['q1', 'a1', 'only in fork', 'fork reply']);
    await turn(sessionId, 'only in source', 'source reply');
    await deleteSession(sessionId);
    expect(await activeTexts(forkId)).toEqual(['q1', 'a1', 'only in fork', 'fork reply']);
  });

  it('forks a fork, and a branch that is not the active one', async () => {
    const first = await turn(sessionId, 'q', 'old');
    const regenerated = await startReply(sessionId, first.userId);
    await finishReply(regenerated, { content: 'new', status: 'done' });
    const forkOfOld = await forkSession(sessionId, first.assistantId);
    expect(await activeTexts(forkOfOld)).toEqual(['q', 'old']);
    const forkOfFork = await forkSession(
      forkOfOld,
      (await db.sessions.get(forkOfOld))?.activeLeafId ?? '',
    );
    expect(await activeTexts(forkOfFork)).toEqual(['q', 'old']);
    expect((await db.sessions.get(forkOfFork))?.title).toBe('q (fork) (fork)');
  });

  it('copies a 10,000-message path in one go', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      role: 'user' as const,
      content: `m${i}`,
    }));
    await new DexieSession(db, sessionId).addItems(rows);
    const leaf = (await db.sessions.get(sessionId))?.activeLeafId ?? '';
    const forkId = await forkSession(sessionId, leaf);
    const texts = await activeTexts(forkId);
    expect(texts).toHaveLength(10_000);
    expect(texts.at(-1)).toBe('m9999');
  });
});
