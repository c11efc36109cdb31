// @vitest-environment node
// Tool calling on the mock server over real HTTP: calls streamed as OpenAI streams them, the
// reply that uses their results, and OpenAI's rule that every call has its answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMockServer } from './server';

let server: RunningMockServer;

beforeAll(async () => {
  server = await startMockServer(0);
});

afterAll(async () => {
  await server.close();
});

const TOOLS = [
  {
    type: 'function',
    function: {
      name: 'add',
      description: 'Adds two numbers.',
      parameters: {
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'number' } },
        required: ['a', 'b'],
      },
    },
  },
  { type: 'function', function: { name: 'secret_word', parameters: { type: 'object' } } },
];

interface ToolDelta {
  index: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

async function stream(messages: object[]) {
  const response = await fetch(`${server.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sk-test' },
    body: JSON.stringify({ model: 'mock-small', messages, tools: TOOLS, stream: true }),
  });
  const text = await response.text();
  const chunks = text
    .split('\n\n')
    .filter((event) => event.startsWith('data: {'))
    .map(
      (event) =>
        JSON.parse(event.slice(6)) as {
          choices: {
            delta: { content?: string; tool_calls?: ToolDelta[] };
            finish_reason: string | null;
          }[];
        },
    );
  return { status: response.status, text, chunks };
}

describe('tool calls on the mock server', () => {
  it('streams a call with its arguments split across chunks and finishes with tool_calls', async () => {
    const { chunks } = await stream([{ role: 'user', content: 'Sum [mock:call=add]' }]);
    const deltas = chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(deltas[0]).toMatchObject({ index: 0, function: { name: 'add' } });
    expect(deltas.filter((d) => d.function?.arguments).length).toBeGreaterThan(1);
    const args = deltas.map((d) => d.function?.arguments ?? '').join('');
    expect(JSON.parse(args)).toEqual({ a: 2, b: 3 });
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('streams two calls at once, their deltas interleaved by index', async () => {
    const { chunks } = await stream([{ role: 'user', content: '[mock:call=add,secret_word]' }]);
    const indexes = chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []).map((d) => d.index);
    expect(indexes.slice(0, 4)).toEqual([0, 1, 0, 1]);
  });

  it('answers with what the tools said once their results come back', async () => {
    const { chunks } = await stream([
      { role: 'user', content: '[mock:call=add]' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'add', arguments: '{}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '5' },
    ]);
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('Tool results: add → 5.');
  });

  it('refuses a history with a call that has no answer, as OpenAI does', async () => {
    const { status, text } = await stream([
      { role: 'user', content: 'hi' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_9', type: 'function', function: { name: 'add', arguments: '{}' } },
        ],
      },
      { role: 'user', content: 'and?' },
    ]);
    expect(status).toBe(400);
    expect(text).toContain('did not have response messages: call_9');
  });
});
