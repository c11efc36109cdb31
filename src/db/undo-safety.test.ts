// Undo and Retry never lose what was written in the meantime.
import { beforeEach, describe, expect, it } from 'vitest';
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

  it('a reply cut short by a clear comes back interrupted, not streaming', async () => {
    const turn = await appendUserTurn(sessionId, 'q');
    const saved = await clearSession(sessionId);
    if (!saved) throw new Error('nothing was saved');
    await restoreSnapshot(saved);
    expect((await db.messages.get(turn.assistantId))?.status).toBe('interrupted');
  });
});
