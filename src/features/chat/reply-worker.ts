// The reply worker: one reply, from reading the chat to the last streamed token, away from
// the page. In a chat of 10,000 messages, reading the rows and building the request is a few
// hundred milliseconds of work that would otherwise freeze the screen as the user sends. The
// page ends the worker to stop the reply. It may start well before its reply, so the SDK is
// loaded at once.
import { preloadClient } from '../../llm/client';
import { produceReply } from './produce-reply';
import { replyRequestSchema, type WorkerMessage } from './reply-protocol';

preloadClient();

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = replyRequestSchema.safeParse(event.data);
  if (!request.success) {
    const error = 'The reply worker received a message it does not understand. Press Retry.';
    post({ type: 'finished', outcome: { content: '', status: 'error', error } });
    return;
  }
  // The reply only ever grows, so only what is new crosses to the page.
  let latest = '';
  produceReply({
    sessionId: request.data.sessionId,
    assistantId: request.data.assistantId,
    signal: new AbortController().signal,
    onText: (text) => {
      post({ type: 'more', text: text.slice(latest.length) });
      latest = text;
    },
  })
    .then((outcome) => post({ type: 'finished', outcome }))
    .catch((error: unknown) => {
      console.error('The reply worker could not report the reply', error);
      const why = 'The reply could not be passed to the page. Press Retry.';
      post({ type: 'finished', outcome: { content: latest, status: 'error', error: why } });
    });
});
