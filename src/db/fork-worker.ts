// The fork worker: reads the source chat and writes the copy away from the page, so forking a
// 10,000-message path never holds up drawing or typing. The page hears about the new rows
// through its live queries, as with any other write.
import { forkSession } from './fork-repo';
import { forkRequestSchema, type ForkReply } from './fork-protocol';

function post(reply: ForkReply): void {
  self.postMessage(reply);
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = forkRequestSchema.safeParse(event.data);
  if (!request.success) {
    post({ type: 'failed', message: 'the fork worker received a message it does not understand' });
    return;
  }
  forkSession(request.data.sourceId, request.data.messageId).then(
    (forkId) => post({ type: 'forked', forkId }),
    (error: unknown) => {
      console.error('Forking failed in the worker', error);
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
