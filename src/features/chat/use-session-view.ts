// The open session, its active path and its tree, read live from IndexedDB. The newest part of
// the path (the tail) is read first, so a long chat is drawn at once; the whole tree is read,
// in pages, once the tail is on screen and then replaces it. While a turn runs here the whole tree is not
// read again: only the newest end of the path can change, so the live tail is laid over the
// tree read before the turn, and the tree is read afresh when the turn ends.
import { useLiveQuery } from 'dexie-react-hooks';
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'react';
import { readPathTail } from '../../db/path-tail';
import { readSessionTreeInPages, type SessionTree } from '../../db/session-tree';
import { childrenByParent, pathTo, type ChildrenOf } from '../../db/tree';
import type { MessageRow, SessionRow } from '../../db/types';
import { turnSelectors, useTurns } from '../../engine/turn-store';
import { reportFailure } from '../../store/report-failure';
import { mergeTail } from './merge-tail';

export interface SessionView {
  session: SessionRow;
  path: MessageRow[];
  children: ChildrenOf;
  /** Every message of the chat on every branch; undefined until the whole tree is read. */
  messageCount: number | undefined;
}

/** Enough of the path for the first screen and the first "Show earlier messages". */
const TAIL_LENGTH = 24;

interface TreeRead extends SessionTree {
  sessionId: string;
}

/**
 * The whole tree of `sessionId` once `ready`, followed live unless `held`. When following stops
 * the last read is kept as it was, only marked stale, so nothing derived from it is worked out
 * again; a chat held before it was ever read is read once.
 */
function useWholeTree(
  sessionId: string | null,
  ready: boolean,
  held: boolean,
): { read: TreeRead; stale: boolean } | undefined {
  const [read, setRead] = useState<TreeRead | undefined>(undefined);
  const [followed, setFollowed] = useState<string | null>(null);
  // Read by the effect, which must not re-run (and re-read the tree) when a read arrives.
  const lastRead = useRef<TreeRead | undefined>(undefined);
  useEffect(() => {
    if (!sessionId || !ready) return;
    const keep = (next: TreeRead) => {
      lastRead.current = next;
      setRead(next);
    };
    if (held) {
      if (lastRead.current?.sessionId === sessionId) return;
      // E.g. a chat opened again while its reply streams: its whole path must still be there.
      let cancelled = false;
      readSessionTreeInPages(sessionId).then((tree) => {
        if (!cancelled) keep({ sessionId, ...tree });
      }, reportFailure('Reading the chat'));
      return () => {
        cancelled = true;
      };
    }
    const subscription = liveQuery(() => readSessionTreeInPages(sessionId)).subscribe({
      next: (tree) => {
        keep({ sessionId, ...tree });
        setFollowed(sessionId);
      },
      error: reportFailure('Reading the chat'),
    });
    return () => {
      subscription.unsubscribe();
      setFollowed(null);
    };
  }, [sessionId, ready, held]);
  if (read?.sessionId !== sessionId) return undefined;
  return { read, stale: followed !== sessionId };
}

/** undefined while loading, null when the session does not exist. */
export function useSessionView(sessionId: string | null): SessionView | null | undefined {
  const tail = useLiveQuery(
    async () =>
      sessionId ? { sessionId, tail: await readPathTail(sessionId, TAIL_LENGTH) } : null,
    [sessionId],
  );
  const newest = tail?.sessionId === sessionId ? tail.tail : undefined;
  const replying = useTurns(turnSelectors.replyingIn(sessionId));
  // The effect that starts the whole read runs after the tail is drawn, so it never delays it.
  const tree = useWholeTree(sessionId, newest !== undefined, replying);
  const read = tree?.read;
  const stale = tree?.stale;

  const whole = useMemo(() => {
    if (!read?.session) return undefined;
    const { session, byId, children } = read;
    return { session, path: pathTo(byId, session.activeLeafId), children, byId };
  }, [read]);

  return useMemo((): SessionView | null | undefined => {
    if (!sessionId) return null;
    if (read && stale === false) {
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
  }, [sessionId, stale, read, whole, newest]);
}
