// The worker's side of the one way Arbor talks to its workers (the page's side is connect.ts):
// serves an API of methods, passes on each method's events, and says it is alive every second
// while it runs calls.
import { namesOf, toWorkerSchema, type ToPage } from './messages';

/** What a worker method is given besides its arguments. */
export interface CallContext<Event> {
  emit: (event: Event) => void;
  signal: AbortSignal;
}

/** Any worker method: `(args, { emit, signal }) => Promise<result>`. */
type Method = (args: never, context: never) => Promise<unknown>;

/** How often a worker running calls says it is alive. */
const HEARTBEAT_MS = 1_000;

export interface ServeOptions {
  heartbeatMs?: number;
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
