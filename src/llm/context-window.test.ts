// The context window is looked up in order: the chat's limit, the user's window for the model,
// the endpoint's list, the table of well-known models, then 8,192.
import { describe, expect, it } from 'vitest';
import { contextWindowFor, DEFAULT_WINDOW } from './context-window';

const listed = [{ id: 'gpt-4o', contextLength: 64_000 }, { id: 'local-model' }];

describe('contextWindowFor', () => {
  it("takes the chat's own limit first", () => {
    expect(contextWindowFor('gpt-4o', 4_000, listed)).toEqual({ tokens: 4_000, source: 'chat' });
  });

  it("then the user's own window for the model, over what the endpoint says", () => {
    expect(contextWindowFor('gpt-4o', 4_000, listed, 32_000).source).toBe('chat');
    expect(contextWindowFor('gpt-4o', undefined, listed, 32_000)).toEqual({
      tokens: 32_000,
      source: 'model',
    });
  });

  it("then what the endpoint's model list says", () => {
    expect(contextWindowFor('gpt-4o', undefined, listed)).toEqual({
      tokens: 64_000,
      source: 'endpoint',
    });
  });

  it('then the table of well-known models, with a provider prefix ignored', () => {
    expect(contextWindowFor('openai/gpt-4o-mini', undefined, [])).toEqual({
      tokens: 128_000,
      source: 'known',
    });
    expect(contextWindowFor('gpt-4-0613', undefined, [])).toEqual({
      tokens: 8_192,
      source: 'known',
    });
    expect(contextWindowFor('gpt-4-turbo', undefined, [])).toEqual({
      tokens: 128_000,
      source: 'known',
    });
  });

  it('else 8,192, also for a listed model without a window', () => {
    expect(contextWindowFor('local-model', undefined, listed)).toEqual({
      tokens: DEFAULT_WINDOW,
      source: 'default',
    });
  });
});
