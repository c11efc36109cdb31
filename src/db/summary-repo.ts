// "Summarize and continue": a new chat linked back to the one it summarizes, like a fork, that
// starts from the summary as a system message, visible and editable in the chat.
import { db } from './schema';
import { descendantOf } from './fork-repo';
import type { MessageRow } from './types';
import { newId } from '../lib/ids';

export async function createSummaryChat(
  sourceId: string,
  leafId: string,
  summary: string,
): Promise<string> {
  return db.transaction('rw', db.sessions, db.messages, async () => {
    const source = await db.sessions.get(sourceId);
    if (!source) throw new Error('The chat to summarize no longer exists.');
    const now = Date.now();
    const id = newId();
    const message: MessageRow = {
      id: newId(),
      sessionId: id,
      parentId: null,
      role: 'system',
      content: summary,
      createdAt: now,
      status: 'done',
    };
    const chat = descendantOf(source, {
      id,
      suffix: 'summary',
      fromMessageId: leafId,
      activeLeafId: message.id,
      now,
    });
    await db.sessions.add(chat);
    await db.messages.add(message);
    return id;
  });
}
