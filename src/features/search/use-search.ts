// Runs the typed text as a search in the worker. One search at a time: text typed while one
// runs waits, and only the newest text is searched next, so fast typing never queues up work.
// While the dialog is open it also follows the index's status (indexing progress), and searches
// the text again whenever the index has changed. With `sessionIds`, only those chats are searched.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchAnswer } from '../../db/search/find-messages';
import type { IndexStatus } from '../../db/search/search-service';
import { reportFailure } from '../../store/report-failure';
import { dropSearchWorker, searchWorker } from './search-client';

export interface SearchView {
  /** The answer to the newest text searched so far, and that text. */
  answer: (SearchAnswer & { text: string }) | undefined;
  status: IndexStatus | undefined;
}

interface Request {
  text: string;
  sessionIds?: string[];
}

export function useSearch(text: string, sessionIds?: string[]): SearchView {
  const [answer, setAnswer] = useState<SearchView['answer']>(undefined);
  const [status, setStatus] = useState<IndexStatus | undefined>(undefined);
  const running = useRef(false);
  const next = useRef<Request | null>(null);
  const latest = useRef<Request>({ text });

  const search = useCallback((query: Request) => {
    next.current = query;
    if (running.current) return;
    running.current = true;
    void (async () => {
      while (next.current !== null) {
        const current = next.current;
        next.current = null;
        try {
          const found = await searchWorker().call('search', current);
          setAnswer({ ...found, text: current.text });
        } catch (error) {
          dropSearchWorker();
          reportFailure('Searching')(error);
        }
      }
      running.current = false;
    })();
  }, []);

  useEffect(() => {
    latest.current = sessionIds ? { text, sessionIds } : { text };
    search(latest.current);
  }, [text, sessionIds, search]);

  useEffect(() => {
    const controller = new AbortController();
    let indexed: number | undefined;
    const onStatus = (next: IndexStatus) => {
      setStatus(next);
      if (indexed !== undefined && next.indexed !== indexed) search(latest.current);
      indexed = next.indexed;
    };
    searchWorker()
      .call('watch', null, { onEvent: onStatus, signal: controller.signal })
      .catch((error: unknown) => console.error('Following the search index failed', error));
    return () => controller.abort();
  }, [search]);

  return { answer, status };
}
