// A worker for the RPC tests: a method that answers, one that reports events, one that fails,
// one that fails as a full disk does, one that runs until it is cancelled and one that takes a
// while. It says it is alive every 50 ms while it runs a call.
import { serve, type CallContext } from '../rpc/serve';

const api = {
  double: (n: number) => Promise.resolve(n * 2),
  countTo: (n: number, { emit }: CallContext<number>) => {
    for (let i = 1; i <= n; i++) emit(i);
    return Promise.resolve('counted');
  },
  fail: () => Promise.reject(new Error('the sample failed on purpose')),
  /** Fails the way a Dexie transaction aborted by a full disk does. */
  failFull: () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const aborted = new Error('Transaction aborted');
    aborted.name = 'AbortError';
    return Promise.reject(Object.assign(aborted, { inner: full }));
  },
  waitFor: (ms: number) =>
    new Promise<string>((resolve) => setTimeout(() => resolve(`waited ${ms} ms`), ms)),
  waitForCancel: (_: undefined, { signal }: CallContext<never>) =>
    new Promise<string>((resolve) =>
      signal.addEventListener('abort', () => resolve('cancelled'), { once: true }),
    ),
};

export type SampleWorkerApi = typeof api;

serve(api, self, { heartbeatMs: 50 });
