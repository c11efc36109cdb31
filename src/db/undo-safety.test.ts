// Undo and Retry never lose what was written in the meantime.
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteMessageTree, restoreMessages } from './branch-repo';
import { appendUserTurn, finishReply, startReply } from './messages-repo';
import { db } from './schema';
import { clearSession, createSession, restoreSnapshot } from './sessions-repo';

let sessionId: string;
beforeEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear()]);
  sessionId = await createSession({ model: 'm', systemPrompt: '' });
});

describe('undo and retry safety', () => {
  it('Retry keeps a failed reply that already has a question under it', async () => {
    const turn = await appendUserTurn(sessionId, 'q1');
    await finishReply(turn.assistantId, { content: '', status: 'error', error: 'refused' });
    const next = await appendUserTurn(sessionId, 'q2');
    await startReply(sessionId, turn.userId, turn.assistantId);
    expect(await db.messages.get(turn.assistantId)).toBeDefined();
    expect((await db.messages.get(next.userId))?.parentId).toBe(turn.assistantId);
  });

  it('Retry removes a failed empty reply with nothing under it', async () => {
    const turn = await appendUserTurn(sessionId, 'q1');
    await finishReply(turn.assistantId, { content: '', status: 'error', error: 'refused' });
    await startReply(sessionId, turn.userId, turn.assistantId);
    expect(await db.messages.get(turn.assistantId)).toBeUndefined();
  });

  it('undoing a clear keeps the pin and folder the chat was given since', async () => {
    const turn = await appendUserTurn(sessionId, 'q1');
    await finishReply(turn.assistantId, { content: 'a', status: 'done' });
    const saved = await clearSession(sessionId);
    if (!saved) throw new Error('nothing was saved');
    await db.sessions.update(sessionId, { pinned: true, folderId: 'fld-later' });
    await restoreSnapshot(saved);
    expect(await db.sessions.get(sessionId)).toMatchObject({
      pinned: true,
      folderId: 'fld-later',
      activeLeafId: turn.assistantId,
    });
  });

  it('undoing a clear keeps messages sent after the clear', async () => {
    const before = await appendUserTurn(sessionId, 'before');
    await finishReply(before.assistantId, { content: 'a', status: 'done' });
    const saved = await clearSession(sessionId);
    const after = await appendUserTurn(sessionId, 'after');
    if (!saved) throw new Error('nothing was saved');
    await restoreSnapshot(saved);
    expect(await db.messages.get(after.userId)).toBeDefined();
    expect(await db.messages.get(before.userId)).toBeDefined();
    expect((await db.sessions.get(sessionId))?.activeLeafId).toBe(before.assistantId);
  });

  it('an old Undo whose messages followed ones cleared since writes nothing, and the right order restores all', async () => {
    const first = await appendUserTurn(sessionId, 'first question');
    await finishReply(first.assistantId, { content: 'a1', status: 'done' });
    const second = await appendUserTurn(sessionId, 'second question');
    await finishReply(second.assistantId, { content: 'a2', status: 'done' });
    const undoTurn = await deleteMessageTree(sessionId, second.userId, { showSibling: false });
    const undoClear = await clearSession(sessionId);
    if (!undoClear) throw new Error('nothing was saved');

    await expect(restoreMessages(undoTurn)).rejects.toThrow(/undo the later change first/);
    expect(await db.messages.where('sessionId').equals(sessionId).count()).toBe(0);

    await restoreSnapshot(undoClear);
    await restoreMessages(undoTurn);
    expect(await db.messages.where('sessionId').equals(sessionId).count()).toBe(4);
    expect((await db.messages.get(second.userId))?.parentId).toBe(first.assistantId);
  });

  it('a reply cut short by a clear comes back interrupted, not streaming', async () => {
    const turn = await appendUserTurn(sessionId, 'q');
    const saved = await clearSession(sessionId);
    if (!saved) throw new Error('nothing was saved');
    await restoreSnapshot(saved);
    expect((await db.messages.get(turn.assistantId))?.status).toBe('interrupted');
  });
});
