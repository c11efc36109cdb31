// The search worker: holds the search index of every message, keeps it up to date as messages
// are written anywhere, and answers searches, so neither indexing nor searching ever holds up
// the page. It starts loading the saved index as soon as it starts.
import { SearchService } from '../db/search/search-service';
import { serve, type CallContext } from './rpc/serve';
import type { IndexStatus } from '../db/search/search-service';

const service = new SearchService();
service.start().catch((error: unknown) => console.error('The search index could not load', error));

const api = {
  /** `sessionIds` limits the search to those chats (the folder chosen in the dialog). */
  search: ({ text, sessionIds }: { text: string; sessionIds?: string[] }) =>
    service.search(text, sessionIds),
  /** Reports the index's status now and at each change, until cancelled. */
  watch: (_: null, { emit, signal }: CallContext<IndexStatus>) => service.watch(emit, signal),
  saveNow: () => service.saveNow(),
};

export type SearchWorkerApi = typeof api;

serve(api, self);
