// The one way Arbor talks to its workers. A worker serves an API of methods; the page calls a
// method by name, may hear events while it runs (streamed text, progress), and gets its result
// or its error. Cancelling a call aborts the signal its method was given in the worker. A worker
// that crashes, fails to load or sends what can't be read rejects every call still waiting, so
// no caller is left hanging. While it runs calls, a worker says it is alive every second; a
// connection given a silence limit ends a worker it hasn't heard from for that long (stuck in an
// endless loop, say, or ended by the browser without a word).
import { z } from 'zod/mini';

/** What a worker method is given besides its arguments. */
export interface CallContext<Event> {
  emit: (event: Event) => void;
  signal: AbortSignal;
}

/** Any worker method: `(args, { emit, signal }) => Promise<result>`. */
type Method = (args: never, context: never) => Promise<unknown>;

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

/** How often a worker running calls says it is alive. */
const HEARTBEAT_MS = 1_000;

export interface ConnectOptions {
  /**
   * How long a worker running a call may stay silent before it is taken for stuck: far longer
   * than its longest stretch of work without a break. None: never.
   */
  silenceLimitMs?: number;
}

export interface ServeOptions {
  heartbeatMs?: number;
}

/**
 * An error's name and what it wraps (Dexie's `inner`, or `cause`) cross with its message, so the
 * page can tell a full disk in the worker from any other failure.
 */
const errorCause = z.object({ name: z.string(), message: z.string() });
const errorNames = z.object({
  name: z.optional(z.string()),
  cause: z.optional(errorCause),
});

function namesOf(error: unknown): z.infer<typeof errorNames> {
  if (!(error instanceof Error)) return {};
  // A DOMException is not always an Error (jsdom's isn't), so what it wrapped is read by shape.
  const wrapped = errorCause.safeParse('inner' in error && error.inner ? error.inner : error.cause);
  return { name: error.name, ...(wrapped.success ? { cause: wrapped.data } : {}) };
}

/** The worker's error as the page sees it: its message, name and what it wrapped. */
function rebuiltError({
  message,
  name,
  cause,
}: { message: string } & z.infer<typeof errorNames>): Error {
  const error: Error = new Error(message, cause ? { cause: rebuiltError(cause) } : undefined);
  if (name) error.name = name;
  return error;
}

// Both sides are the same build of Arbor, so the payloads are typed by the API; the envelope is
// still checked, since a message event's data is an outside value.
const toWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('call'), id: z.number(), method: z.string(), args: z.unknown() }),
  z.object({ kind: z.literal('cancel'), id: z.number() }),
]);

const toPageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('alive') }),
  z.object({ kind: z.literal('event'), id: z.number(), event: z.unknown() }),
  z.object({ kind: z.literal('result'), id: z.number(), result: z.unknown() }),
  z.object({
    kind: z.literal('error'),
    id: z.number(),
    message: z.string(),
    ...errorNames.shape,
  }),
]);

type ToWorker = z.infer<typeof toWorkerSchema>;
type ToPage = z.infer<typeof toPageSchema>;

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

/** A worker's global scope, as far as serving calls needs it. */
interface WorkerScope {
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
  postMessage: (message: unknown) => void;
}

/**
 * The worker's side: answers calls to `api` until the worker ends. The entry file passes its
 * own `self`, the scope the page's messages arrive at.
 */
export function serve(
  api: Record<string, Method>,
  scope: WorkerScope,
  { heartbeatMs = HEARTBEAT_MS }: ServeOptions = {},
): void {
  const running = new Map<number, AbortController>();
  const post = (message: ToPage) => scope.postMessage(message);
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const alive = () => post({ kind: 'alive' });
  const started = (id: number, controller: AbortController) => {
    running.set(id, controller);
    if (heartbeat !== undefined) return;
    // Said at once too: a method stuck from its first line is then stuck, not still loading.
    alive();
    heartbeat = setInterval(alive, heartbeatMs);
  };
  const ended = (id: number) => {
    running.delete(id);
    if (running.size > 0) return;
    clearInterval(heartbeat);
    heartbeat = undefined;
  };

  scope.addEventListener('message', (event) => {
    const message = toWorkerSchema.safeParse(event.data);
    if (!message.success) {
      console.error('A worker received a message it does not understand', event.data);
      return;
    }
    const request = message.data;
    if (request.kind === 'cancel') {
      running.get(request.id)?.abort();
      return;
    }
    const { id, method } = request;
    const run = Object.hasOwn(api, method) ? api[method] : undefined;
    if (!run) {
      post({ kind: 'error', id, message: `this worker has no method "${method}"` });
      return;
    }
    const controller = new AbortController();
    started(id, controller);
    const context: CallContext<unknown> = {
      emit: (payload) => post({ kind: 'event', id, event: payload }),
      signal: controller.signal,
    };
    // The page called it by name with the arguments its type asks for (both are this build).
    (run as (args: unknown, context: CallContext<unknown>) => Promise<unknown>)(
      request.args,
      context,
    )
      // A result that can't be sent back (it can't be cloned, say) is an error, so the call ends.
      .then((result) => post({ kind: 'result', id, result }))
      .catch((error: unknown) => {
        console.error(`Worker method "${method}" failed`, error);
        post({
          kind: 'error',
          id,
          message: error instanceof Error ? error.message : String(error),
          ...namesOf(error),
        });
      })
      .finally(() => ended(id));
  });
}
