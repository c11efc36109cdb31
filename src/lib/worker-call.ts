// One request to a worker and its one reply: the worker is ended either way. A reply is an
// outside value, so it is parsed; a `failed` reply becomes a rejection with its message.
import type { z } from 'zod';

interface Failure {
  type: 'failed';
  message: string;
}

function isFailure(reply: { type: string }): reply is Failure {
  return reply.type === 'failed';
}

export function callWorker<Success extends { type: string }>(
  worker: Worker,
  name: string,
  request: unknown,
  replySchema: z.ZodType<Success | Failure>,
): Promise<Success> {
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      worker.terminate();
      reject(new Error(reason));
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = replySchema.safeParse(event.data);
      if (!reply.success) fail(`the ${name} sent a message Arbor does not understand`);
      else if (isFailure(reply.data)) fail(reply.data.message);
      else {
        worker.terminate();
        resolve(reply.data);
      }
    });
    worker.addEventListener('messageerror', () =>
      fail(`the ${name} sent a reply that could not be read`),
    );
    worker.addEventListener('error', (event) =>
      fail(`the ${name} stopped (${event.message || 'no details'})`),
    );
    worker.postMessage(request);
  });
}
