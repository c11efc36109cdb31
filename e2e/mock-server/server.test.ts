// @vitest-environment node
// Tests the mock server over real HTTP, the way the app and the openai SDK talk to it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOISE_END, noiseText } from './noise';
import { startMockServer, type RunningMockServer } from './server';

let server: RunningMockServer;

beforeAll(async () => {
  server = await startMockServer(0);
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  await fetch(`${server.url}/__requests`, { method: 'DELETE' });
});

interface ChunkJson {
  id: string;
  object: string;
  choices: { index: number; delta: { role?: string; content?: string }; finish_reason: string }[];
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
}

function chat(body: object, apiKey = 'sk-test'): Promise<Response> {
  return fetch(`${server.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify(body),
  });
}

function user(content: string): object {
  return { model: 'mock-small', messages: [{ role: 'user', content }] };
}

/** The `data:` payloads of an SSE body, in order. */
function sseData(text: string): string[] {
  return text
    .split('\n\n')
    .filter((event) => event.startsWith('data: '))
    .map((event) => event.slice('data: '.length));
}

function chunksOf(text: string): ChunkJson[] {
  return sseData(text)
    .filter((data) => data !== '[DONE]')
    .map((data) => JSON.parse(data) as ChunkJson);
}

function contentOf(chunks: ChunkJson[]): string {
  return chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
}

/** Reads a body that may end in a dropped connection: the text received, and whether it failed. */
async function readUntilEnd(response: Response): Promise<{ text: string; failed: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, failed: false };
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return { text, failed: true };
  }
}

describe('mock OpenAI server', () => {
  it('answers GET /health with ok', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers a preflight with 204, reflecting the requested x-stainless headers', async () => {
    const requested = 'authorization,content-type,x-stainless-os,x-stainless-retry-count';
    const response = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': requested,
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe(requested);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE, OPTIONS');
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('lists the mock models, with CORS headers', async () => {
    const response = await fetch(`${server.baseURL}/models`, {
      headers: { Authorization: 'Bearer sk-test' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      object: 'list',
      data: [
        {
          id: 'mock-small',
          object: 'model',
          created: 1700000000,
          owned_by: 'arbor-mock',
          context_length: 128_000,
        },
        {
          id: 'mock-large',
          object: 'model',
          created: 1700000000,
          owned_by: 'arbor-mock',
          context_length: 128_000,
        },
        {
          id: 'mock-tiny',
          object: 'model',
          created: 1700000000,
          owned_by: 'arbor-mock',
          context_length: 2_048,
        },
      ],
    });
  });

  it('rejects the models list with 401 for wrong-key', async () => {
    const response = await fetch(`${server.baseURL}/models`, {
      headers: { Authorization: 'Bearer wrong-key' },
    });
    expect(response.status).toBe(401);
  });

  it('returns an exact chat.completion object when not streaming', async () => {
    const response = await chat({ ...user('Hello there'), model: 'mock-large' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['id', 'object', 'created', 'model', 'choices', 'usage']);
    expect(body.id).toMatch(/^chatcmpl-[a-z0-9]+$/);
    expect(body.created).toBeTypeOf('number');
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'mock-large',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'You said: "Hello there". I received 1 messages (user).',
            refusal: null,
          },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 2, completion_tokens: 9, total_tokens: 11 },
    });
  });

  it('accepts a request without an API key', async () => {
    const response = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(user('No key')),
    });
    expect(response.status).toBe(200);
  });

  it('streams chunks that concatenate to the non-stream text and end with [DONE]', async () => {
    const request = {
      model: 'mock-small',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Tell me a story about a tree' }] },
      ],
    };
    const plain = (await (await chat(request)).json()) as {
      choices: { message: { content: string } }[];
    };
    const response = await chat({ ...request, stream: true });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const text = await response.text();
    const data = sseData(text);
    const chunks = chunksOf(text);

    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(data.at(-1)).toBe('[DONE]');
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    expect(chunks.at(-1)?.choices[0]).toEqual({
      index: 0,
      delta: {},
      logprobs: null,
      finish_reason: 'stop',
    });
    expect(chunks.some((chunk) => 'usage' in chunk)).toBe(false);
    expect(contentOf(chunks)).toBe(plain.choices[0]?.message.content);
  });

  it('adds a usage chunk with empty choices, and usage null elsewhere, with include_usage', async () => {
    const response = await chat({
      ...user('Count me'),
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = chunksOf(await response.text());
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toEqual({ prompt_tokens: 2, completion_tokens: 9, total_tokens: 11 });
    expect(chunks.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(true);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
  });

  it('answers 401 with the OpenAI invalid_api_key body for the key wrong-key', async () => {
    const response = await chat(user('Hi'), 'wrong-key');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: {
        message:
          'Incorrect API key provided: wrong-key. You can find your API key at https://platform.openai.com/account/api-keys.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    });
  });

  it('answers 401 for [mock:401] even with a good key', async () => {
    const response = await chat(user('Hi [mock:401]'));
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('invalid_api_key');
  });

  it('answers 429 with the rate limit body and retry-after for [mock:429]', async () => {
    const response = await chat(user('[mock:429] Hi'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({
      error: {
        message: 'Rate limit reached for requests',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    });
  });

  it('answers 500 with the server_error body for [mock:500]', async () => {
    const response = await chat({ ...user('Hi [mock:500]'), stream: true });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: {
        message: 'The server had an error while processing your request.',
        type: 'server_error',
        param: null,
        code: null,
      },
    });
  });

  it('answers 400 with an OpenAI error body for empty messages or an invalid role', async () => {
    const empty = await chat({ model: 'mock-small', messages: [] });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      error: { type: 'invalid_request_error', param: 'messages' },
    });
    const badRole = await chat({
      model: 'mock-small',
      messages: [{ role: 'robot', content: 'x' }],
    });
    expect(badRole.status).toBe(400);
    expect(await badRole.json()).toMatchObject({
      error: { type: 'invalid_request_error', param: 'messages[0].role' },
    });
  });

  it('answers 404 with an OpenAI error body for an unknown route', async () => {
    const response = await fetch(`${server.baseURL}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        message: 'Invalid URL (GET /v1/nope)',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    });
  });

  it('cuts a [mock:cut] stream after at least 3 content chunks without [DONE]', async () => {
    const response = await chat({ ...user('Please [mock:cut] stop midway'), stream: true });
    const { text, failed } = await readUntilEnd(response);
    expect(failed).toBe(true);
    expect(text).not.toContain('[DONE]');
    const chunks = chunksOf(text);
    const content = chunks.slice(1).map((chunk) => chunk.choices[0]?.delta.content ?? '');
    expect(content.length).toBeGreaterThanOrEqual(3);
    expect(content.every((piece) => piece.trim() !== '')).toBe(true);
    expect(chunks.some((chunk) => chunk.choices[0]?.finish_reason === 'stop')).toBe(false);
  });

  it('paces a [mock:slow=N] stream N ms apart', async () => {
    const started = Date.now();
    const response = await chat({ ...user('[mock:slow=20] [mock:tokens=5]'), stream: true });
    const chunks = chunksOf(await response.text());
    // Role, 5 tokens and finish: 6 gaps, plus one before [DONE].
    expect(Date.now() - started).toBeGreaterThanOrEqual(7 * 20 - 10);
    expect(contentOf(chunks)).toBe('alpha bravo charlie delta echo');
  });

  it('streams exactly N words, one per chunk, for [mock:tokens=N]', async () => {
    const chunks = chunksOf(
      await (await chat({ ...user('[mock:tokens=60]'), stream: true })).text(),
    );
    const content = chunks.slice(1, -1).map((chunk) => chunk.choices[0]?.delta.content ?? '');
    expect(content).toHaveLength(60);
    expect(content.join('').split(' ')).toHaveLength(60);
  });

  it('streams N characters of noise that doesn’t repeat, then its end, for [mock:noise=N]', async () => {
    const chunks = chunksOf(
      await (await chat({ ...user('[mock:noise=5000]'), stream: true })).text(),
    );
    const text = contentOf(chunks);
    expect(text).toBe(`${noiseText(5000)} ${NOISE_END}`);
    expect(new Set(text.slice(0, 999)).size).toBeGreaterThan(50);
    expect(text.slice(0, 999)).not.toBe(text.slice(1000, 1999));
  });

  it('replies with headings, a ts code block and hostile HTML for [mock:markdown]', async () => {
    const body = (await (await chat(user('[mock:markdown]'))).json()) as {
      choices: { message: { content: string } }[];
    };
    const content = body.choices[0]?.message.content ?? '';
    expect(content).toMatch(/^# /m);
    expect(content).toContain('```ts\n');
    expect(content).toContain('<img src=x onerror="window.__pwned=1">');
    expect(content).toContain('<script>window.__pwned=1</script>');
    expect(content).toContain('[click me](javascript:window.__pwned=1)');
  });

  it('replies with several paragraphs of about 400 words for [mock:long]', async () => {
    const body = (await (await chat(user('[mock:long]'))).json()) as {
      choices: { message: { content: string } }[];
    };
    const content = body.choices[0]?.message.content ?? '';
    expect(content.split('\n\n').length).toBeGreaterThanOrEqual(4);
    const words = content.split(/\s+/).length;
    expect(words).toBeGreaterThan(350);
    expect(words).toBeLessThan(450);
  });

  it('mentions the system prompt and the earlier user message when history is sent', async () => {
    const response = await chat({
      model: 'mock-small',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'First question' },
        { role: 'assistant', content: 'First answer' },
        { role: 'user', content: 'Second question [mock:slow=1]' },
      ],
    });
    const body = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toBe(
      'You said: "Second question". I received 4 messages (system, user, assistant, user).' +
        ' System prompt: "You are terse.". Earlier you said: "First question".',
    );
  });

  it('records chat requests with their authorization header and clears them on DELETE', async () => {
    await chat(user('one'));
    await chat(user('two'), 'wrong-key');
    const listed = (await (await fetch(`${server.url}/__requests`)).json()) as {
      requests: { body: { messages: { content: string }[] }; headers: object }[];
    };
    expect(listed.requests.map((r) => r.body.messages[0]?.content)).toEqual(['one', 'two']);
    expect(listed.requests.map((r) => r.headers)).toEqual([
      { authorization: 'Bearer sk-test' },
      { authorization: 'Bearer wrong-key' },
    ]);

    const cleared = await fetch(`${server.url}/__requests`, { method: 'DELETE' });
    expect(cleared.status).toBe(204);
    expect(cleared.headers.get('access-control-allow-origin')).toBe('*');
    expect(await (await fetch(`${server.url}/__requests`)).json()).toEqual({
      requests: [],
      seen: [],
    });
  });

  it('records whether the client left before the answer was complete', async () => {
    await (await chat({ ...user('finished'), stream: true })).text();
    const controller = new AbortController();
    const left = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...user('left [mock:long] [mock:slow=50]'), stream: true }),
      signal: controller.signal,
    });
    await left.body?.getReader().read();
    controller.abort();

    const clientLeft = async () => {
      const listed = (await (await fetch(`${server.url}/__requests`)).json()) as {
        requests: { clientLeft: boolean }[];
      };
      return listed.requests.map((r) => r.clientLeft);
    };
    await expect.poll(clientLeft).toEqual([false, true]);
  });
});

describe("mock-tiny's window", () => {
  const tiny = (content: string, max_tokens?: number) =>
    chat({ model: 'mock-tiny', messages: [{ role: 'user', content }], max_tokens });

  it('answers a request that fits', async () => {
    expect((await tiny('Hello there', 100)).status).toBe(200);
  });

  it("refuses one past 2,048 tokens with OpenAI's context_length_exceeded", async () => {
    const response = await tiny('word '.repeat(3_000));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('context_length_exceeded');
    expect(body.error.message).toMatch(
      /^This model's maximum context length is 2048 tokens\. However, your messages resulted in \d+ tokens\./,
    );
  });

  it('counts max_tokens into the window', async () => {
    expect((await tiny('Hello there', 2_045)).status).toBe(400);
  });
});

describe('replies asked for as JSON', () => {
  const weather = {
    type: 'object',
    properties: {
      city: { type: 'string' },
      temperature: { type: 'number' },
      sky: { enum: ['clear', 'cloudy'] },
      tags: { type: 'array', items: { type: 'string' } },
    },
  };
  const withFormat = (content: string, response_format: object) =>
    chat({ ...user(content), response_format });
  const replyOf = async (response: Response) => {
    const body = (await response.json()) as { choices: { message: { content: string } }[] };
    return body.choices[0]?.message.content ?? '';
  };

  it('answers json_schema with JSON shaped by the schema', async () => {
    const response = await withFormat('Weather?', {
      type: 'json_schema',
      json_schema: { name: 'weather', schema: weather },
    });
    expect(response.status).toBe(200);
    const echo = 'You said: "Weather?". I received 1 messages (user).';
    expect(JSON.parse(await replyOf(response))).toEqual({
      city: echo,
      temperature: 42,
      sky: 'clear',
      tags: [echo],
    });
  });

  it('answers json_object with the echo as an answer, when the messages mention JSON', async () => {
    const response = await withFormat('Answer in JSON', { type: 'json_object' });
    expect(JSON.parse(await replyOf(response))).toEqual({
      answer: 'You said: "Answer in JSON". I received 1 messages (user).',
    });
  });

  it('refuses json_object when no message mentions JSON, as OpenAI does', async () => {
    const response = await withFormat('Hello', { type: 'json_object' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; param: string } };
    expect(body.error.message).toContain("must contain the word 'json'");
    expect(body.error.param).toBe('messages');
  });

  it('refuses json_schema on mock-tiny, as older models do', async () => {
    const response = await chat({
      model: 'mock-tiny',
      messages: [{ role: 'user', content: 'Hello' }],
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema: weather } },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; param: string } };
    expect(body.error.message).toContain("'json_schema' is not supported with this model");
    expect(body.error.param).toBe('response_format');
  });

  it('refuses a json_schema without a name, and an unknown type', async () => {
    expect((await withFormat('x', { type: 'json_schema', json_schema: {} })).status).toBe(400);
    expect((await withFormat('x', { type: 'yaml' })).status).toBe(400);
  });

  it('breaks the JSON for [mock:badjson], and answers other JSON for [mock:offschema]', async () => {
    const schema = { type: 'json_schema', json_schema: { name: 'weather', schema: weather } };
    const broken = await replyOf(await withFormat('[mock:badjson] Weather?', schema));
    expect(() => JSON.parse(broken) as unknown).toThrow(SyntaxError);
    expect(broken.startsWith('{"city":')).toBe(true);
    const other = await replyOf(await withFormat('[mock:offschema] Weather?', schema));
    expect(JSON.parse(other)).toEqual(['not', 'what', 'was', 'asked']);
  });

  it('streams no usage for [mock:nousage], even with include_usage', async () => {
    const response = await chat({
      ...user('[mock:nousage] Hello'),
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = chunksOf(await response.text());
    expect(contentOf(chunks)).toContain('You said: "Hello"');
    expect(chunks.some((chunk) => chunk.usage)).toBe(false);
  });
});

describe('a mock server with a key of its own', () => {
  let keyed: RunningMockServer;
  beforeAll(async () => {
    keyed = await startMockServer(0, { apiKey: 'sk-only-this' });
  });
  afterAll(() => keyed.close());

  it('accepts only its key, and notes the key every request carried', async () => {
    const models = (key: string) =>
      fetch(`${keyed.baseURL}/models`, { headers: { Authorization: `Bearer ${key}` } });
    expect((await models('sk-only-this')).status).toBe(200);
    expect((await models('sk-another')).status).toBe(401);
    const refused = await fetch(`${keyed.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sk-another' },
      body: JSON.stringify(user('Hi')),
    });
    expect(refused.status).toBe(401);
    const { seen } = (await (await fetch(`${keyed.url}/__requests`)).json()) as {
      seen: { route: string; authorization: string | null }[];
    };
    expect(seen).toEqual([
      { route: 'GET /v1/models', authorization: 'Bearer sk-only-this' },
      { route: 'GET /v1/models', authorization: 'Bearer sk-another' },
      { route: 'POST /v1/chat/completions', authorization: 'Bearer sk-another' },
    ]);
  });
});
