// The open session, its active path and its tree, read live from IndexedDB. The newest part
// of the path is read first, by walking up from the active leaf, so a long chat is drawn at
// once; the whole tree follows a moment later and then replaces it. While a reply is written
// and streams here, the whole tree is not read again: the live tail is laid over the last one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { readPathTail } from '../../db/path-tail';
import { db } from '../../db/schema';
import { childrenByParent, indexMessages, pathTo } from '../../db/tree';
import type { MessageRow, SessionRow } from '../../db/types';
import { generationSelectors, useGeneration } from '../../store/generation';
import { mergeTail, type WholeTree } from './merge-tail';

export interface SessionView {
  session: SessionRow;
  path: MessageRow[];
  children: Map<string, MessageRow[]>;
  /** Every message of the chat on every branch; undefined until the whole tree is read. */
  messageCount: number | undefined;
}

/** Enough of the path for the first screen and the first "Show earlier messages". */
const TAIL_LENGTH = 24;

interface FullRead {
  sessionId: string;
  session: SessionRow | undefined;
  rows: MessageRow[];
}

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

  const replying = useGeneration(generationSelectors.replyingIn(sessionId));
  const [lastFull, setLastFull] = useState<FullRead | undefined>(undefined);
  const hold = replying && lastFull?.sessionId === sessionId;
  const full = useLiveQuery(async (): Promise<FullRead | undefined> => {
    if (!sessionId || fullFor !== sessionId || hold) return undefined;
    const [session, rows] = await db.transaction('r', db.sessions, db.messages, () =>
      Promise.all([
        db.sessions.get(sessionId),
        db.messages.where('sessionId').equals(sessionId).toArray(),
      ]),
    );
    return { sessionId, session, rows };
  }, [sessionId, fullFor, hold]);
  if (full && full !== lastFull) setLastFull(full);
  // The tree on screen: this read, or, while it is held or being read again, the last one.
  const fresh = full?.sessionId === sessionId ? full : undefined;
  const tree = fresh ?? (lastFull?.sessionId === sessionId ? lastFull : undefined);

  const whole = useMemo(() => {
    if (!tree?.session) return undefined;
    const byId = indexMessages(tree.rows);
    return {
      session: tree.session,
      path: pathTo(byId, tree.session.activeLeafId),
      children: childrenByParent(tree.rows),
      byId,
    } satisfies WholeTree & { session: SessionRow };
  }, [tree]);

  return useMemo((): SessionView | null | undefined => {
    if (!sessionId) return null;
    const newest = tail?.sessionId === sessionId ? tail.tail : undefined;
    if (tree && tree === fresh && !hold) {
      if (!whole) return null;
      const { session, path, children, byId } = whole;
      return { session, path, children, messageCount: byId.size };
    }
    if (newest === undefined) return undefined;
    if (newest === null) return null;
    const merged = whole ? mergeTail(whole, newest) : null;
    if (merged) return { session: newest.session, ...merged };
    const { session, path, siblings } = newest;
    return { session, path, children: childrenByParent(siblings), messageCount: undefined };
  }, [sessionId, tree, fresh, hold, whole, tail]);
}
