// Token counts match OpenAI's encodings, for the model's own encoding where it is known.
import { describe, expect, it } from 'vitest';
import {
  encodingFor,
  IMAGE_TOKENS,
  itemTokens,
  loadCounter,
  LOW_DETAIL_IMAGE_TOKENS,
  TOKENS_PER_MESSAGE,
  utf8Length,
} from './tokens';

describe('encodingFor', () => {
  it.each([
    ['gpt-4o-mini', 'o200k_base', true],
    ['openai/gpt-4.1', 'o200k_base', true],
    ['o3-mini', 'o200k_base', true],
    ['gpt-4-0613', 'cl100k_base', true],
    ['gpt-3.5-turbo', 'cl100k_base', true],
    ['llama3.2', 'o200k_base', false],
  ] as const)('%s counts with %s (exact: %s)', (model, encoding, exact) => {
    expect(encodingFor(model)).toEqual({ encoding, exact });
  });
});

describe('counting', () => {
  it('counts as the encodings do', async () => {
    const o200k = await loadCounter('o200k_base');
    const cl100k = await loadCounter('cl100k_base');
    expect(o200k('Hello, world!')).toBe(4);
    expect(cl100k('Hello, world!')).toBe(4);
    expect(o200k('')).toBe(0);
  });

  it('counts text that looks like a special token as text instead of throwing', async () => {
    const count = await loadCounter('o200k_base');
    expect(count('<|endoftext|> and <|im_start|>')).toBeGreaterThan(2);
  });

  it('adds framing per message and counts tool calls', async () => {
    const count = await loadCounter('o200k_base');
    const text = itemTokens({ role: 'user', content: 'Hello, world!' }, count);
    expect(text).toBe(TOKENS_PER_MESSAGE + 4);
    const call = itemTokens(
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'c1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Oslo"}' },
          },
        ],
      },
      count,
    );
    expect(call).toBeGreaterThan(2 * TOKENS_PER_MESSAGE + 5);
  });

  it('counts an image at what a model charges for one, not as the text of its part', async () => {
    const count = await loadCounter('o200k_base');
    const image = (detail?: string) => ({
      type: 'image_url',
      image_url: { url: 'data:image/png;base64,AAAA', ...(detail ? { detail } : {}) },
    });
    const caption = { type: 'text', text: 'Hello, world!' };
    const asked = itemTokens({ role: 'user', content: [caption, image(), image('low')] }, count);
    expect(asked).toBe(TOKENS_PER_MESSAGE + 4 + IMAGE_TOKENS + LOW_DETAIL_IMAGE_TOKENS);
    // A tool's image goes to the model as a placeholder, and is counted as one.
    const answered = itemTokens(
      { role: 'tool', tool_call_id: 'c1', content: [caption, image()] },
      count,
    );
    expect(answered).toBeLessThan(TOKENS_PER_MESSAGE + 20);
  });
});

describe('utf8Length', () => {
  it('is the byte length of the text in UTF-8, which no count exceeds', async () => {
    const count = await loadCounter('o200k_base');
    for (const text of ['plain ascii', 'héllo wörld', '🌳🌳 trees', '世界 and 日本語', '']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      expect(count(text)).toBeLessThanOrEqual(utf8Length(text));
    }
  });
});
