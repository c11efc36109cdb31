// @vitest-environment node
// streamChat against the repo's OpenAI-compatible mock server, through the real openai SDK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../e2e/mock-server/server';
import { describeFailure, httpStatusOf, StreamCutError, UnreachableError } from './errors';
import { streamChat } from './stream-chat';

let mock: Awaited<ReturnType<typeof startMockServer>>;
beforeAll(async () => {
  mock = await startMockServer(0);
});
afterAll(() => mock.close());

function request(
  text: string,
  overrides: { baseURL?: string; apiKey?: string; signal?: AbortSignal } = {},
) {
  const seen: string[] = [];
  const run = streamChat({
    endpoint: { baseURL: overrides.baseURL ?? mock.baseURL, apiKey: overrides.apiKey ?? 'k' },
    model: 'mock-small',
    messages: [{ role: 'user', content: text }],
    params: {},
    signal: overrides.signal ?? new AbortController().signal,
    onText: (t) => seen.push(t),
  });
  return { run, seen };
}

describe('streamChat', () => {
  it('streams the reply in growing pieces and ends with usage', async () => {
    const { run, seen } = request('hello');
    const reply = await run;
    expect(reply.content).toBe('You said: "hello". I received 1 messages (user).');
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(reply.content);
    expect(reply.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('reports a stream cut mid-way as a dropped connection, after some text arrived', async () => {
    const { run, seen } = request('[mock:long] [mock:cut]');
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamCutError);
    expect(seen.at(-1)?.length).toBeGreaterThan(0);
    expect(describeFailure(error, mock.baseURL, false)).toMatch(/connection dropped/);
  });

  it('reports a server that is not there as unreachable, naming the base URL', async () => {
    const { run } = request('hi', { baseURL: 'http://127.0.0.1:9/v1' });
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreachableError);
    expect(describeFailure(error, 'http://127.0.0.1:9/v1', false)).toContain(
      'http://127.0.0.1:9/v1',
    );
  });

  it('keeps the HTTP status of a refused key', async () => {
    const { run } = request('hi', { apiKey: 'wrong-key' });
    const error: unknown = await run.catch((e: unknown) => e);
    expect(httpStatusOf(error)).toBe(401);
  });

  it('stops when aborted, without calling it a failure of the server', async () => {
    const controller = new AbortController();
    const { run, seen } = request('[mock:long] [mock:slow=20]', { signal: controller.signal });
    while (seen.length < 3) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(StreamCutError);
    expect(error).not.toBeInstanceOf(UnreachableError);
    expect(httpStatusOf(error)).toBeUndefined();
  });
});
