// The newest messages of a session's active path with their siblings, read without reading
// the whole tree: a long chat's newest messages can be drawn at once.
import { Dexie } from 'dexie';
import { db } from './schema';
import type { MessageRow, SessionRow } from './types';

export interface PathTail {
  session: SessionRow;
  /** Oldest first; the newest `limit` messages of the path at most. */
  path: MessageRow[];
  /** The children of each parent on the tail, for the branch switchers. */
  siblings: MessageRow[];
}

/**
 * The path is walked up from the active leaf. Its newest messages are nearly always among the
 * session's most recently created ones, so those are read in one go first; a message not
 * among them (an older branch on screen) is read on its own.
 */
export async function readPathTail(sessionId: string, limit: number): Promise<PathTail | null> {
  return db.transaction('r', db.sessions, db.messages, async () => {
    const [session, newest] = await Promise.all([
      db.sessions.get(sessionId),
      newestCreated(sessionId, limit * 2),
    ]);
    if (!session) return null;
    const byId = new Map(newest.map((m) => [m.id, m]));
    const path: MessageRow[] = [];
    const seen = new Set<string>();
    for (let id = session.activeLeafId; id && path.length < limit && !seen.has(id);) {
      seen.add(id);
      const message = byId.get(id) ?? (await db.messages.get(id));
      if (!message) break;
      path.push(message);
      id = message.parentId;
    }
    path.reverse();
    const parentIds = path.flatMap((m) => (m.parentId ? [m.parentId] : []));
    // One request per parent, all sent at once: an anyOf() cursor would hop key by key.
    const siblings = (
      await Promise.all(parentIds.map((id) => db.messages.where('parentId').equals(id).toArray()))
    ).flat();
    return { session, path, siblings };
  });
}

function newestCreated(sessionId: string, count: number): Promise<MessageRow[]> {
  return db.messages
    .where('[sessionId+createdAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .reverse()
    .limit(count)
    .toArray();
}
