// Every worker Arbor runs, in one list: adding a worker is an entry file beside this one and a
// line here. Each connection gets a worker of its own; a worker can be started ahead, in idle
// time, so the first call doesn't wait for its script and libraries to load.
import type { ContextWorkerApi } from './context.worker';
import type { ExportWorkerApi } from './export.worker';
import type { ForkWorkerApi } from './fork.worker';
import type { ImportWorkerApi } from './import.worker';
import type { ReplyWorkerApi } from './reply.worker';
import type { SearchWorkerApi } from './search.worker';
import { connect, type WorkerConnection } from './rpc/connect';

interface Apis {
  reply: ReplyWorkerApi;
  fork: ForkWorkerApi;
  export: ExportWorkerApi;
  import: ImportWorkerApi;
  context: ContextWorkerApi;
  search: SearchWorkerApi;
}

type Kind = keyof Apis;

/** A connection to a worker of this kind. */
export type WorkerOf<K extends Kind> = WorkerConnection<Apis[K]>;

// Each `new Worker(new URL(…))` stays literal so the bundler finds the entry and builds it.
const starters: Record<Kind, () => Worker> = {
  reply: () => new Worker(new URL('./reply.worker.ts', import.meta.url), { type: 'module' }),
  fork: () => new Worker(new URL('./fork.worker.ts', import.meta.url), { type: 'module' }),
  export: () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }),
  import: () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
  context: () => new Worker(new URL('./context.worker.ts', import.meta.url), { type: 'module' }),
  search: () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }),
};

/**
 * A reply worker silent this long while it runs a turn is taken for stuck and ended, so the
 * reply ends as a failure instead of waiting forever. Its longest stretch of work without a
 * break, counting a 10,000-message chat's tokens, takes about 2 s. The other workers have no
 * limit: an import's one parse of a large file may take longer on a slow device.
 */
const SILENCE_LIMITS: Partial<Record<Kind, number>> = { reply: 60_000 };

interface StartedAhead {
  worker: Worker;
  /** A worker that failed to load while waiting is never used. */
  failed: boolean;
}

const ahead = new Map<Kind, StartedAhead>();

/** Starts a worker of this kind while the page is idle, for the next `openWorker`. */
export function startWorkerAhead(kind: Kind): void {
  const start = () => {
    if (ahead.has(kind)) return;
    try {
      const started = { worker: starters[kind](), failed: false };
      started.worker.addEventListener('error', () => (started.failed = true));
      ahead.set(kind, started);
    } catch (error) {
      // Only a head start: the call itself starts a worker and reports what goes wrong.
      console.error(`The ${kind} worker could not be started ahead`, error);
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 1000);
}

/** A connection to a worker of its own: the one started ahead, or a new one. */
export function openWorker<K extends Kind>(kind: K): WorkerOf<K> {
  const ready = ahead.get(kind);
  ahead.delete(kind);
  if (ready?.failed) ready.worker.terminate();
  const worker = ready && !ready.failed ? ready.worker : starters[kind]();
  const silenceLimitMs = SILENCE_LIMITS[kind];
  return connect<Apis[K]>(worker, `${kind} worker`, silenceLimitMs ? { silenceLimitMs } : {});
}

/** Runs `work` with a worker of its own, which ends when `work` settles. */
export async function runInWorker<K extends Kind, Result>(
  kind: K,
  work: (worker: WorkerOf<K>) => Promise<Result>,
): Promise<Result> {
  const worker = openWorker(kind);
  try {
    return await work(worker);
  } finally {
    worker.close();
  }
}
