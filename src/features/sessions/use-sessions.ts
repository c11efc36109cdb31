// The session list, newest activity first. It reads session rows only, never message bodies.
// The newest page is read first and the whole list once the page is idle, so a long history
// doesn't hold up the first paint.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listSessionsNewestFirst } from '../../db/queries';
import type { SessionRow } from '../../db/types';

/** More than a tall screen shows, so the list looks whole until the rest arrives. */
const FIRST_PAGE = 50;
const WHOLE_LIST_WAIT_MS = 1000;

export function useSessions(): SessionRow[] | undefined {
  const [whole, setWhole] = useState(false);
  // While the whole list is read, the first page stays on screen.
  const sessions = useLiveQuery(
    () => listSessionsNewestFirst(whole ? undefined : FIRST_PAGE),
    [whole],
  );
  const firstPageIn = sessions !== undefined;
  useEffect(() => {
    if (!firstPageIn || whole) return;
    // Safari has no requestIdleCallback.
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setWhole(true), WHOLE_LIST_WAIT_MS);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(() => setWhole(true), { timeout: WHOLE_LIST_WAIT_MS });
    return () => cancelIdleCallback(id);
  }, [firstPageIn, whole]);
  return sessions;
}
