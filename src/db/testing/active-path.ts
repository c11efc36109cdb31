// For tests: a chat's active path, read straight from the database.
import { db } from '../schema';
import { indexMessages, pathTo } from '../tree';
import type { MessageRow } from '../types';

export async function activePath(sessionId: string): Promise<MessageRow[]> {
  const session = await db.sessions.get(sessionId);
  const rows = await db.messages.where('sessionId').equals(sessionId).toArray();
  return pathTo(indexMessages(rows), session?.activeLeafId ?? null);
}
