// The newest messages of a session's active path with their siblings, read by walking up
// from the active leaf: a long chat's newest messages can be drawn without reading its
// whole tree first.
import { db } from './schema';
import type { MessageRow, SessionRow } from './types';

export interface PathTail {
  session: SessionRow;
  /** Oldest first; the newest `limit` messages of the path at most. */
  path: MessageRow[];
  /** The children of each parent on the tail, for the branch switchers. */
  siblings: MessageRow[];
}

export async function readPathTail(sessionId: string, limit: number): Promise<PathTail | null> {
  return db.transaction('r', db.sessions, db.messages, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return null;
    const path: MessageRow[] = [];
    const seen = new Set<string>();
    for (let id = session.activeLeafId; id && path.length < limit && !seen.has(id);) {
      seen.add(id);
      const message = await db.messages.get(id);
      if (!message) break;
      path.push(message);
      id = message.parentId;
    }
    path.reverse();
    const parentIds = path.flatMap((m) => (m.parentId ? [m.parentId] : []));
    const siblings = await db.messages.where('parentId').anyOf(parentIds).toArray();
    return { session, path, siblings };
  });
}
