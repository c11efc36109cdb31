// Forks a chat in the fork worker, or in this thread where workers are missing (unit tests).
import { callWorker } from '../lib/worker-call';
import { forkSession } from './fork-repo';
import { forkReplySchema, type ForkRequest } from './fork-protocol';

/** Resolves with the new session's id once its rows are committed. */
export async function forkOffThread(sourceId: string, messageId: string): Promise<string> {
  if (typeof Worker === 'undefined') return forkSession(sourceId, messageId);
  const worker = new Worker(new URL('./fork-worker.ts', import.meta.url), { type: 'module' });
  const request: ForkRequest = { type: 'fork', sourceId, messageId };
  const reply = await callWorker(worker, 'fork worker', request, forkReplySchema);
  return reply.forkId;
}
