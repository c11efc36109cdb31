// The reply workers the page keeps: one started ahead in idle time, so a send doesn't wait for a
// worker to load, and the one a turn ended well in, kept for the next turn with what it loaded
// (the openai SDK, the tokenizer a long chat needed), so a send in a long chat doesn't wait for
// it again. One is kept; a turn that starts while another runs opens a worker of its own.
import { openWorker, startWorkerAhead, type WorkerOf } from '../workers/clients';

let idleWorker: WorkerOf<'reply'> | undefined;

/** Starts the next turn's worker, with the openai SDK, while the page is idle. */
export function prepareTurns(): void {
  startWorkerAhead('reply');
}

/** The kept worker, if it is still open, or one started ahead, or a new one. */
export function takeReplyWorker(): WorkerOf<'reply'> {
  const kept = idleWorker?.closed ? undefined : idleWorker;
  idleWorker = undefined;
  return kept ?? openWorker('reply');
}

/** Keeps the worker of a turn that ended well for the next turn, unless one is kept already. */
export function keepReplyWorker(worker: WorkerOf<'reply'>): void {
  if (idleWorker) worker.close();
  else idleWorker = worker;
}
