// Runs a reply in the reply worker, or in this thread where workers are missing (unit tests).
// Stopping ends the worker, which drops its connection to the server; the text that arrived
// is kept. One worker is started ahead, in idle time, so sending never waits for a worker to
// load the openai SDK; each reply takes it and leaves a new one starting behind it.
import type { ReplyOutcome } from '../../db/messages-repo';
import { produceReply, type ReplyJob } from './produce-reply';
import { workerMessageSchema, type ReplyRequest } from './reply-protocol';

interface StartedWorker {
  worker: Worker;
  /** A worker that failed to load while waiting is never used. */
  failed: boolean;
}

let standby: StartedWorker | undefined;

function startWorker(): StartedWorker {
  const worker = new Worker(new URL('./reply-worker.ts', import.meta.url), { type: 'module' });
  const started = { worker, failed: false };
  worker.addEventListener('error', () => (started.failed = true));
  return started;
}

/** Starts the next reply's worker while the page is idle. */
export function prepareReplyWorker(): void {
  if (typeof Worker === 'undefined') return;
  const start = () => (standby ??= startWorker());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 1000);
}

export function produceReplyOffThread(job: ReplyJob): Promise<ReplyOutcome> {
  if (typeof Worker === 'undefined') return produceReply(job);
  if (standby?.failed) standby.worker.terminate();
  const { worker } = standby && !standby.failed ? standby : startWorker();
  standby = undefined;
  prepareReplyWorker();
  return new Promise((resolve) => {
    let text = '';
    const finish = (outcome: ReplyOutcome) => {
      worker.terminate();
      job.signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const fail = (why: string) => finish({ content: text, status: 'error', error: why });
    const onAbort = () => finish({ content: text, status: 'stopped' });
    job.signal.addEventListener('abort', onAbort, { once: true });

    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = workerMessageSchema.safeParse(event.data);
      if (!message.success) {
        console.error('The reply worker sent an unreadable message', message.error);
        fail('The reply could not be read. Press Retry.');
      } else if (message.data.type === 'text') {
        text = message.data.text;
        job.onText(text);
      } else {
        finish(message.data.outcome);
      }
    });
    worker.addEventListener('error', (event) => {
      console.error('The reply worker failed', event.message);
      fail(`The reply failed (${event.message || 'the reply worker stopped'}). Press Retry.`);
    });
    const request: ReplyRequest = {
      type: 'reply',
      sessionId: job.sessionId,
      assistantId: job.assistantId,
    };
    worker.postMessage(request);
  });
}
