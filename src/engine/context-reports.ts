// The page's side of the context worker: one worker for the page's life (its tokenizer stays
// loaded), started again if it dies.
import { WorkerClosedError } from '../workers/rpc';
import { openWorker, type WorkerOf } from '../workers/clients';
import type { ContextReport } from './inspect-context';

let worker: WorkerOf<'context'> | undefined;

export async function reportContext(sessionId: string): Promise<ContextReport> {
  worker ??= openWorker('context');
  try {
    return await worker.call('inspect', { sessionId });
  } catch (error) {
    if (error instanceof WorkerClosedError) worker = undefined;
    throw error;
  }
}
