// Streamed text is batched into the streams table and moves into the message when the reply ends.
import { beforeEach, describe, expect, it } from 'vitest';
import { appendUserTurn, finishReply, markInterrupted, saveStreamedText } from './messages-repo';
import { db } from './schema';
import { createSession } from './sessions-repo';

let assistantId: string;
beforeEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear(), db.streams.clear()]);
  const sessionId = await createSession({ model: 'm', systemPrompt: '' });
  ({ assistantId } = await appendUserTurn(sessionId, 'q'));
});

describe('streamed text', () => {
  it('writes batches to the streams table without touching the message row', async () => {
    await saveStreamedText(assistantId, 'Hel');
    await saveStreamedText(assistantId, 'Hello');
    expect((await db.streams.get(assistantId))?.content).toBe('Hello');
    expect(await db.messages.get(assistantId)).toMatchObject({ content: '', status: 'streaming' });
  });

  it('moves the final text into the message and drops the streamed copy', async () => {
    await saveStreamedText(assistantId, 'Hello');
    await finishReply(assistantId, { content: 'Hello world', status: 'done' });
    expect(await db.messages.get(assistantId)).toMatchObject({
      content: 'Hello world',
      status: 'done',
    });
    expect(await db.streams.get(assistantId)).toBeUndefined();
  });

  it('marks a reply whose tab died interrupted, keeping the text written so far', async () => {
    await saveStreamedText(assistantId, 'Half a rep');
    expect(await markInterrupted(() => false)).toBe(1);
    expect(await db.messages.get(assistantId)).toMatchObject({
      content: 'Half a rep',
      status: 'interrupted',
    });
    expect(await db.streams.count()).toBe(0);
  });

  it('leaves a reply alone while another tab is still streaming it', async () => {
    await saveStreamedText(assistantId, 'still going');
    expect(await markInterrupted((id) => id === assistantId)).toBe(0);
    expect(await db.messages.get(assistantId)).toMatchObject({ status: 'streaming' });
  });
});
