import { beforeEach, describe, expect, it } from 'vitest';
import { DexieSession } from './dexie-session';
import { appendUserTurn, finishReply, startReply } from './messages-repo';
import { readPathTail } from './path-tail';
import { db } from './schema';
import { createSession } from './sessions-repo';

let sessionId: string;
beforeEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear()]);
  sessionId = await createSession({ model: 'm', systemPrompt: '' });
});

describe('path tail', () => {
  it('reads the newest messages of a long path, oldest first', async () => {
    const items = Array.from({ length: 500 }, (_, i) => ({
      role: 'user' as const,
      content: `m${i}`,
    }));
    await new DexieSession(db, sessionId).addItems(items);
    const tail = await readPathTail(sessionId, 40);
    expect(tail?.path.map((m) => m.content)).toEqual(items.slice(-40).map((i) => i.content));
    expect(tail?.path[0]?.parentId).not.toBeNull();
  });

  it('reaches the root of a short path and brings the siblings of each message', async () => {
    const turn = await appendUserTurn(sessionId, 'q');
    await finishReply(turn.assistantId, { content: 'first', status: 'done' });
    const second = await startReply(sessionId, turn.userId);
    await finishReply(second, { content: 'second', status: 'done' });
    const tail = await readPathTail(sessionId, 40);
    expect(tail?.path.map((m) => m.content)).toEqual(['q', 'second']);
    expect(tail?.path[0]?.parentId).toBeNull();
    expect(tail?.siblings.map((m) => m.content).sort()).toEqual(['first', 'second']);
  });

  it('follows the active path onto an older branch whose messages are not the newest created', async () => {
    const turn = await appendUserTurn(sessionId, 'q');
    await finishReply(turn.assistantId, { content: 'old reply', status: 'done' });
    const followUp = await appendUserTurn(
      sessionId,
      'follow-up on the old reply',
      turn.assistantId,
    );
    await finishReply(followUp.assistantId, { content: 'old answer', status: 'done' });
    // Many newer messages on another branch, so the old branch is far from the newest created.
    const regenerated = await startReply(sessionId, turn.userId);
    await finishReply(regenerated, { content: 'new reply', status: 'done' });
    const newer = Array.from({ length: 100 }, (_, i) => ({
      role: 'user' as const,
      content: `n${i}`,
    }));
    await new DexieSession(db, sessionId).addItems(newer);
    await db.sessions.update(sessionId, { activeLeafId: followUp.assistantId });

    const tail = await readPathTail(sessionId, 40);
    expect(tail?.path.map((m) => m.content)).toEqual([
      'q',
      'old reply',
      'follow-up on the old reply',
      'old answer',
    ]);
  });

  it('gives null for a session that does not exist', async () => {
    expect(await readPathTail('missing', 40)).toBeNull();
  });
});
