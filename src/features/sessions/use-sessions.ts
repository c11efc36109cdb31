// The session list, newest activity first. It reads session rows only, never message bodies.
import { useLiveQuery } from 'dexie-react-hooks';
import { listSessionsNewestFirst } from '../../db/queries';
import type { SessionRow } from '../../db/types';

export function useSessions(): SessionRow[] | undefined {
  return useLiveQuery(listSessionsNewestFirst);
}
