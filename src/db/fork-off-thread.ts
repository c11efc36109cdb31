// Forks a chat in the fork worker, or in this thread where workers are missing (unit tests).
import { forkSession } from './fork-repo';
import { forkReplySchema, type ForkRequest } from './fork-protocol';

/** Resolves with the new session's id once its rows are committed. */
export function forkOffThread(sourceId: string, messageId: string): Promise<string> {
  if (typeof Worker === 'undefined') return forkSession(sourceId, messageId);
  const worker = new Worker(new URL('./fork-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      worker.terminate();
      const reply = forkReplySchema.safeParse(event.data);
      if (!reply.success)
        reject(new Error('the fork worker sent a message Arbor does not understand'));
      else if (reply.data.type === 'failed') reject(new Error(reply.data.message));
      else resolve(reply.data.forkId);
    });
    worker.addEventListener('messageerror', () => {
      worker.terminate();
      reject(new Error('the fork worker sent a reply that could not be read'));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`the fork worker stopped (${event.message || 'no details'})`));
    });
    const request: ForkRequest = { type: 'fork', sourceId, messageId };
    worker.postMessage(request);
  });
}
