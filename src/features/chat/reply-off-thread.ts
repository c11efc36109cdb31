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

/** A new worker; undefined where none can be started here (then the reply runs in the page). */
function startWorker(): StartedWorker | undefined {
  try {
    const worker = new Worker(new URL('./reply-worker.ts', import.meta.url), { type: 'module' });
    const started = { worker, failed: false };
    worker.addEventListener('error', () => (started.failed = true));
    return started;
  } catch (error) {
    console.error('The reply worker could not be started; replies run in the page', error);
    return undefined;
  }
}

/** Starts the next reply's worker while the page is idle. */
export function prepareReplyWorker(): void {
  if (typeof Worker === 'undefined') return;
  const start = () => (standby ??= startWorker());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 1000);
}

/** The standby worker, or a new one. */
function takeWorker(): Worker | undefined {
  const ready = standby;
  standby = undefined;
  if (ready && !ready.failed) return ready.worker;
  ready?.worker.terminate();
  return startWorker()?.worker;
}

/** Never rejects: every way a reply can end is an outcome. */
export function produceReplyOffThread(job: ReplyJob): Promise<ReplyOutcome> {
  if (typeof Worker === 'undefined') return produceReply(job);
  if (job.signal.aborted) return Promise.resolve({ content: '', status: 'stopped' });
  const worker = takeWorker();
  if (!worker) return produceReply(job);
  prepareReplyWorker();
  return new Promise((resolve) => {
    let text = '';
    let settled = false;
    const finish = (outcome: ReplyOutcome) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      job.signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const fail = (why: string) => finish({ content: text, status: 'error', error: why });
    const onAbort = () => finish({ content: text, status: 'stopped' });
    job.signal.addEventListener('abort', onAbort, { once: true });

    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (settled) return;
      const message = workerMessageSchema.safeParse(event.data);
      if (!message.success) {
        console.error('The reply worker sent an unreadable message', message.error);
        fail('The reply could not be read. Press Retry.');
      } else if (message.data.type === 'more') {
        text += message.data.text;
        job.onText(text);
      } else {
        finish(message.data.outcome);
      }
    });
    worker.addEventListener('messageerror', () =>
      fail('The reply could not be read. Press Retry.'),
    );
    worker.addEventListener('error', (event) => {
      console.error('The reply worker failed', event.message);
      // No message: its script did not load, e.g. this tab runs an Arbor that has since been updated.
      fail(
        event.message
          ? `The reply failed (${event.message}). Press Retry.`
          : 'The reply could not start. Reload the page, then press Retry.',
      );
    });
    const request: ReplyRequest = {
      type: 'reply',
      sessionId: job.sessionId,
      assistantId: job.assistantId,
    };
    worker.postMessage(request);
  });
}
