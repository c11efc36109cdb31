import { describe, expect, it } from 'vitest';
import { applyChunk, emptyAccumulated } from './accumulate';

describe('stream accumulation', () => {
  it('keeps reasoning apart from the text, from either field servers use', () => {
    const acc = emptyAccumulated();
    expect(applyChunk(acc, { choices: [{ delta: { reasoning_content: 'Let me ' } }] })).toBe(false);
    applyChunk(acc, { choices: [{ delta: { reasoning: 'think.' } }] });
    applyChunk(acc, { choices: [{ delta: { content: 'Four.' } }] });
    expect(acc.reasoning).toBe('Let me think.');
    expect(acc.content).toBe('Four.');
  });

  it('joins content deltas in order and reports when text changed', () => {
    const acc = emptyAccumulated();
    expect(
      applyChunk(acc, { choices: [{ delta: { role: 'assistant', content: '' } as never }] }),
    ).toBe(false);
    expect(applyChunk(acc, { choices: [{ delta: { content: 'Hel' } }] })).toBe(true);
    expect(applyChunk(acc, { choices: [{ delta: { content: 'lo 🌳' } }] })).toBe(true);
    expect(acc.content).toBe('Hello 🌳');
    expect(acc.finishReason).toBeUndefined();
  });

  it('records the finish reason and the usage chunk that has no choices', () => {
    const acc = emptyAccumulated();
    applyChunk(acc, { choices: [{ delta: { content: 'x' }, finish_reason: null }] });
    applyChunk(acc, { choices: [{ delta: {}, finish_reason: 'stop' }] });
    applyChunk(acc, {
      choices: [],
      usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
    });
    expect(acc.finishReason).toBe('stop');
    expect(acc.usage).toEqual({ prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 });
  });

  it('assembles tool calls streamed in pieces by index', () => {
    const acc = emptyAccumulated();
    applyChunk(acc, {
      choices: [
        {
          delta: {
            tool_calls: [
              {
                index: 0,
                id: 'call_1',
                type: 'function',
                function: { name: 'get_', arguments: '{"ci' },
              },
            ],
          },
        },
      ],
    });
    applyChunk(acc, {
      choices: [
        {
          delta: {
            tool_calls: [{ index: 0, function: { name: 'weather', arguments: 'ty":"Oslo"}' } }],
          },
        },
      ],
    });
    applyChunk(acc, {
      choices: [
        {
          delta: {
            tool_calls: [{ index: 1, id: 'call_2', function: { name: 'now', arguments: '{}' } }],
          },
        },
      ],
    });
    expect(acc.toolCalls).toEqual([
      {
        id: 'call_1',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Oslo"}' },
      },
      { id: 'call_2', type: 'function', function: { name: 'now', arguments: '{}' } },
    ]);
  });
});
