// The mock OpenAI server the bench's chats reply through (e2e's own, on port 4090), with the
// moment each chat completion reaches it, on the clock Chromium's trace uses, and the status it
// was answered with. The server's own request log (GET /__requests) has the bodies but no times.
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { createMockServer } from '../e2e/mock-server/server';

const COMPLETIONS = '/v1/chat/completions';
const logSchema = z.object({ requests: z.array(z.unknown()) });

/** A chat completion request as the server saw it arrive. */
export interface Arrival {
  /** When its headers were read, in µs on the clock of Chromium's trace (see monotonicUs). */
  atUs: number;
  /** The status it was answered with, once the answer is over (the stream included). */
  status: Promise<number>;
}

export interface BenchMock {
  url: string;
  /** Resolves with the next chat completion request to arrive after this call. */
  nextCompletion(): Promise<Arrival>;
  /** The server's own log: every chat completion request it received, with its body. */
  requestLog(): Promise<unknown[]>;
  close(): Promise<void>;
}

/**
 * Now, in µs on the clock of Chromium's trace: Node's hrtime and Chromium's TimeTicks both read
 * the system's monotonic clock (CLOCK_MONOTONIC on Linux). sendWork refuses a request that seems
 * to arrive before the press, which is how a mismatch would show.
 */
export function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export async function startBenchMock(port: number): Promise<BenchMock> {
  const server = createMockServer();
  const waiting: ((arrival: Arrival) => void)[] = [];
  // A listener ahead of the mock's own: it only notes the time, the mock answers.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const atUs = monotonicUs();
    if (req.method !== 'POST' || !req.url?.startsWith(COMPLETIONS)) return;
    const status = new Promise<number>((resolve) =>
      res.once('close', () => resolve(res.statusCode)),
    );
    for (const resolve of waiting.splice(0)) resolve({ atUs, status });
  });
  server.listen(port);
  await once(server, 'listening');
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    url,
    nextCompletion: () => new Promise((resolve) => waiting.push(resolve)),
    async requestLog() {
      const response = await fetch(`${url}/__requests`);
      return logSchema.parse(await response.json()).requests;
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // Open streams and idle keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
