// The open session, its active path and its tree, read live from IndexedDB. The newest part
// of the path is read first, by walking up from the active leaf, so a long chat is drawn at
// once; the whole tree follows a moment later and then replaces it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { readPathTail } from '../../db/path-tail';
import { db } from '../../db/schema';
import { childrenByParent, indexMessages, pathTo } from '../../db/tree';
import type { MessageRow, SessionRow } from '../../db/types';

export interface SessionView {
  session: SessionRow;
  path: MessageRow[];
  children: Map<string, MessageRow[]>;
  /** Every message of the chat on every branch; undefined until the whole tree is read. */
  messageCount: number | undefined;
}

/** Enough of the path for the first screen and the first "Show earlier messages". */
const TAIL_LENGTH = 24;

/** undefined while loading, null when the session does not exist. */
export function useSessionView(sessionId: string | null): SessionView | null | undefined {
  const tail = useLiveQuery(
    async () =>
      sessionId ? { sessionId, tail: await readPathTail(sessionId, TAIL_LENGTH) } : null,
    [sessionId],
  );
  // The whole tree is read once the tail has been handed to the screen, so its larger read
  // never holds up the first paint.
  const [fullFor, setFullFor] = useState<string | null>(null);
  const tailReady = tail?.sessionId ?? null;
  useEffect(() => {
    if (!tailReady) return;
    const timer = setTimeout(() => setFullFor(tailReady), 0);
    return () => clearTimeout(timer);
  }, [tailReady]);
  const full = useLiveQuery(async () => {
    if (!sessionId || fullFor !== sessionId) return undefined;
    const [session, rows] = await db.transaction('r', db.sessions, db.messages, () =>
      Promise.all([
        db.sessions.get(sessionId),
        db.messages.where('sessionId').equals(sessionId).toArray(),
      ]),
    );
    return { sessionId, session, rows };
  }, [sessionId, fullFor]);

  return useMemo((): SessionView | null | undefined => {
    if (!sessionId) return null;
    if (full?.sessionId === sessionId) {
      const { session, rows } = full;
      if (!session) return null;
      return {
        session,
        path: pathTo(indexMessages(rows), session.activeLeafId),
        children: childrenByParent(rows),
        messageCount: rows.length,
      };
    }
    if (tail?.sessionId !== sessionId) return undefined;
    if (!tail.tail) return null;
    const { session, path, siblings } = tail.tail;
    return { session, path, children: childrenByParent(siblings), messageCount: undefined };
  }, [sessionId, full, tail]);
}
