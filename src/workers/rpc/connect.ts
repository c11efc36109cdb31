// The one way Arbor talks to its workers, the page's side (serve.ts is the worker's side,
// messages.ts what the two say). A worker serves an API of methods; the page calls a method by
// name, may hear events while it runs (streamed text, progress), and gets its result or its
// error. Cancelling a call aborts the signal its method was given in the worker. A worker that
// crashes, fails to load or sends what can't be read rejects every call still waiting, so no
// caller is left hanging. While it runs calls, a worker says it is alive every second; a
// connection given a silence limit ends a worker it hasn't heard from for that long (stuck in an
// endless loop, say, or ended by the browser without a word).
import { rebuiltError, toPageSchema, type ToWorker } from './messages';
import type { CallContext } from './serve';

type ArgsOf<M> = M extends (args: infer Args, context: never) => Promise<unknown> ? Args : never;
type EventOf<M> = M extends (args: never, context: CallContext<infer Event>) => Promise<unknown>
  ? Event
  : never;
type ResultOf<M> = M extends (args: never, context: never) => Promise<infer Result>
  ? Result
  : never;

export interface CallOptions<Event> {
  onEvent?: (event: Event) => void;
  /** Aborting it tells the worker to stop; the call still ends with what the method returns. */
  signal?: AbortSignal;
}

export interface WorkerConnection<Api> {
  call<Name extends keyof Api & string>(
    method: Name,
    args: ArgsOf<Api[Name]>,
    options?: CallOptions<EventOf<Api[Name]>>,
  ): Promise<ResultOf<Api[Name]>>;
  /** Ends the worker; calls still waiting reject with WorkerClosedError. */
  close: () => void;
  /** Closed, or ended by a failure of the worker: every call rejects. */
  readonly closed: boolean;
}

export class WorkerClosedError extends Error {}

export interface ConnectOptions {
  /**
   * How long a worker running a call may stay silent before it is taken for stuck: far longer
   * than its longest stretch of work without a break. None: never.
   */
  silenceLimitMs?: number;
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  onEvent?: (event: unknown) => void;
}

/** The page's side: `name` says which worker in error messages ("the import worker"). */
export function connect<Api>(
  worker: Worker,
  name: string,
  { silenceLimitMs }: ConnectOptions = {},
): WorkerConnection<Api> {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;
  // Silence counts only once the worker has spoken: loading its script is not being stuck.
  let heard = false;
  let heardAt = performance.now();
  let silenceWatch: ReturnType<typeof setInterval> | undefined;

  const stopWatching = () => {
    clearInterval(silenceWatch);
    silenceWatch = undefined;
  };
  const failAll = (error: Error) => {
    closed = true;
    stopWatching();
    worker.terminate();
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  /** Checks, while calls wait, that the worker was heard from lately. */
  const watchSilence = (limit: number) => {
    if (silenceWatch !== undefined) return;
    const every = limit / 4;
    let tickedAt = performance.now();
    silenceWatch = setInterval(() => {
      const now = performance.now();
      // A tick far behind time: the page was suspended (a sleeping laptop, a frozen tab), and
      // the worker with it, so that time is not its silence.
      if (now - tickedAt > every * 2) heardAt = now;
      tickedAt = now;
      if (pending.size === 0) stopWatching();
      else if (heard && now - heardAt > limit) {
        console.error(`The ${name} stopped responding`);
        failAll(new Error(`the ${name} stopped responding`));
      }
    }, every);
  };

  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    heard = true;
    heardAt = performance.now();
    const message = toPageSchema.safeParse(event.data);
    if (!message.success) {
      console.error(`The ${name} sent a message Arbor does not understand`, event.data);
      failAll(new Error(`the ${name} sent a message Arbor does not understand`));
      return;
    }
    const reply = message.data;
    if (reply.kind === 'alive') return;
    const call = pending.get(reply.id);
    if (!call) return;
    if (reply.kind === 'event') {
      call.onEvent?.(reply.event);
      return;
    }
    pending.delete(reply.id);
    if (reply.kind === 'result') call.resolve(reply.result);
    else call.reject(rebuiltError(reply));
  });
  worker.addEventListener('messageerror', () =>
    failAll(new Error(`the ${name} sent a reply that could not be read`)),
  );
  worker.addEventListener('error', (event) => {
    console.error(`The ${name} failed`, event.message);
    // No message: its script did not load, e.g. this tab runs an Arbor that has since been updated.
    failAll(
      new Error(
        event.message
          ? `the ${name} stopped (${event.message})`
          : `the ${name} could not start; reload the page`,
      ),
    );
  });

  return {
    call(method, args, options = {}) {
      if (closed) return Promise.reject(new WorkerClosedError(`the ${name} was closed`));
      const id = nextId++;
      const { onEvent, signal } = options;
      // Silence is counted from the first call after a quiet spell, not from the last answer.
      if (pending.size === 0) heardAt = performance.now();
      const send = (message: ToWorker) => worker.postMessage(message);
      return new Promise((resolve, reject) => {
        pending.set(id, {
          resolve: (result) => resolve(result as ResultOf<Api[typeof method]>),
          reject,
          ...(onEvent ? { onEvent: (event) => onEvent(event as EventOf<Api[typeof method]>) } : {}),
        });
        try {
          send({ kind: 'call', id, method, args });
          if (silenceLimitMs !== undefined) watchSilence(silenceLimitMs);
        } catch (error) {
          // Arguments that can't be sent to a worker (a function, say) fail this call alone.
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const cancel = () => {
          if (pending.has(id)) send({ kind: 'cancel', id });
        };
        if (signal?.aborted) cancel();
        else signal?.addEventListener('abort', cancel, { once: true });
      });
    },
    close() {
      if (!closed) failAll(new WorkerClosedError(`the ${name} was closed`));
    },
    get closed() {
      return closed;
    },
  };
}
