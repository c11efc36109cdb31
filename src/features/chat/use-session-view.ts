// The open session with its whole tree and the active path, read live from IndexedDB.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db/schema';
import { childrenByParent, indexMessages, pathTo } from '../../db/tree';
import type { MessageRow, SessionRow } from '../../db/types';

export interface SessionView {
  session: SessionRow;
  path: MessageRow[];
  children: Map<string, MessageRow[]>;
  messageCount: number;
}

/** undefined while loading, null when the session does not exist. */
export function useSessionView(sessionId: string | null): SessionView | null | undefined {
  const data = useLiveQuery(async () => {
    if (!sessionId) return null;
    const [session, rows] = await db.transaction('r', db.sessions, db.messages, () =>
      Promise.all([
        db.sessions.get(sessionId),
        db.messages.where('sessionId').equals(sessionId).toArray(),
      ]),
    );
    return session ? { session, rows } : null;
  }, [sessionId]);

  return useMemo(() => {
    if (!data) return data;
    const { session, rows } = data;
    return {
      session,
      path: pathTo(indexMessages(rows), session.activeLeafId),
      children: childrenByParent(rows),
      messageCount: rows.length,
    };
  }, [data]);
}
