// The Worker shim runs every worker's modules in this process's one module graph, and drops a
// worker's modules from it once the worker has loaded. Two workers loading at once (a reply
// worker started ahead while another starts, two chats replying) can then leave one of them
// loading forever. This Worker starts each shim worker only once the one before has loaded;
// until then it keeps the listeners and messages it is given, as a browser's Worker does.

type Listener = [string, EventListenerOrEventListenerObject];

/** The shim's worker, with the field that says it is still loading its modules. */
interface ShimWorker extends Worker {
  _vw_messageQueue: unknown[] | null;
}

const LOADED_CHECK_MS = 5;

export function startWorkersOneAtATime(): void {
  const ShimWorker = globalThis.Worker;
  let previousLoaded: Promise<void> = Promise.resolve();

  class OneAtATimeWorker extends EventTarget {
    private real: ShimWorker | undefined;
    private readonly listeners: Listener[] = [];
    private readonly waiting: [unknown, StructuredSerializeOptions | Transferable[] | undefined][] =
      [];
    private terminated = false;

    constructor(url: string | URL, options?: WorkerOptions) {
      super();
      const start = previousLoaded.then(() => {
        if (this.terminated) return;
        const real = new ShimWorker(url, options) as ShimWorker;
        this.real = real;
        // Watched first: a listener given later may terminate the worker on its error, and the
        // shim's terminate drops listeners not yet called.
        const done = loaded(real);
        for (const [type, listener] of this.listeners) real.addEventListener(type, listener);
        for (const [message, transfer] of this.waiting)
          real.postMessage(message, transfer as never);
        return done;
      });
      previousLoaded = start.then(
        () => undefined,
        () => undefined,
      );
    }

    override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
      if (!listener) return;
      if (this.real) this.real.addEventListener(type, listener);
      else this.listeners.push([type, listener]);
    }

    override removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject | null,
    ) {
      if (!listener) return;
      this.real?.removeEventListener(type, listener);
      const at = this.listeners.findIndex(([t, l]) => t === type && l === listener);
      if (at !== -1) this.listeners.splice(at, 1);
    }

    postMessage(message: unknown, transfer?: StructuredSerializeOptions | Transferable[]) {
      if (this.real) this.real.postMessage(message, transfer as never);
      else this.waiting.push([message, transfer]);
    }

    terminate() {
      this.terminated = true;
      this.real?.terminate();
    }
  }

  globalThis.Worker = OneAtATimeWorker as unknown as typeof Worker;
}

/** Resolves once the shim worker has loaded its modules (or failed to). */
function loaded(worker: ShimWorker): Promise<void> {
  return new Promise((resolve) => {
    const failed = () => resolve();
    worker.addEventListener('error', failed, { once: true });
    const check = () => {
      if (worker._vw_messageQueue === null) resolve();
      else setTimeout(check, LOADED_CHECK_MS);
    };
    check();
  });
}
