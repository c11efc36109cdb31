// The page's one connection to the search worker. The worker keeps the index in memory and up to
// date for as long as the tab is open, so it is started once, in idle time after startup, and
// kept; a worker that failed is replaced by the next call.
import { openWorker, type WorkerOf } from '../../workers/clients';

let connection: WorkerOf<'search'> | undefined;

export function searchWorker(): WorkerOf<'search'> {
  connection ??= openWorker('search');
  return connection;
}

/** After a call failed because the worker did: the next call starts a new one. */
export function dropSearchWorker(): void {
  connection?.close();
  connection = undefined;
}

/** Starts the worker when the page is idle, so the index loads and follows new messages. */
export function startSearchIndex(): void {
  const start = () => void searchWorker();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 1000);
}
