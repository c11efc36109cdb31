// The fork worker: reads the source chat and writes the copy away from the page, so forking a
// 10,000-message path never holds up drawing or typing. The page hears about the new rows
// through its live queries, as with any other write.
import { forkSession } from '../db/fork-repo';
import { serve } from './rpc/serve';

const api = {
  /** Resolves with the new chat's id once its rows are committed. */
  fork: ({ sourceId, messageId }: { sourceId: string; messageId: string }) =>
    forkSession(sourceId, messageId),
};

export type ForkWorkerApi = typeof api;

serve(api, self);
