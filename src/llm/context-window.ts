// How many tokens a model takes in one request, from the best source there is: the chat's own
// context limit, the user's own setting for the model, what the endpoint's model list says, a
// table of well-known models, else 8,192.
import type { ProviderModel } from '../db/types';

/** Where the window came from; 'server' when a server's "too long" answer named it. */
export type WindowSource = 'chat' | 'model' | 'endpoint' | 'known' | 'default' | 'server';

export interface ContextWindow {
  tokens: number;
  source: WindowSource;
}

export const DEFAULT_WINDOW = 8_192;

/** Well-known models by name prefix, longest prefix first where they overlap. */
const KNOWN: readonly (readonly [prefix: string, tokens: number])[] = [
  ['gpt-4o', 128_000],
  ['chatgpt-4o', 128_000],
  ['gpt-4.1', 1_047_576],
  ['gpt-4.5', 128_000],
  ['gpt-4-turbo', 128_000],
  ['gpt-4-32k', 32_768],
  ['gpt-4', 8_192],
  ['gpt-3.5-turbo', 16_385],
  ['gpt-5', 400_000],
  ['gpt-oss', 131_072],
  ['o1-mini', 128_000],
  ['o1', 200_000],
  ['o3', 200_000],
  ['o4', 200_000],
  ['claude', 200_000],
  ['llama-3.1', 131_072],
  ['llama-3.2', 131_072],
  ['llama-3.3', 131_072],
  ['llama3.1', 131_072],
  ['llama3.2', 131_072],
  ['llama3.3', 131_072],
  ['mistral-large', 131_072],
  ['mistral-small', 32_768],
  ['deepseek', 65_536],
  ['qwen2.5', 32_768],
  ['gemini', 1_048_576],
];

function knownWindow(model: string): number | undefined {
  const name = model.toLowerCase().replace(/^[a-z-]+\//, '');
  return KNOWN.find(([prefix]) => name.startsWith(prefix))?.[1];
}

export function contextWindowFor(
  model: string,
  chatLimit: number | undefined,
  listed: readonly ProviderModel[],
  corrected?: number,
): ContextWindow {
  if (chatLimit) return { tokens: chatLimit, source: 'chat' };
  if (corrected) return { tokens: corrected, source: 'model' };
  const fromEndpoint = listed.find((m) => m.id === model)?.contextLength;
  if (fromEndpoint) return { tokens: fromEndpoint, source: 'endpoint' };
  const known = knownWindow(model);
  if (known) return { tokens: known, source: 'known' };
  return { tokens: DEFAULT_WINDOW, source: 'default' };
}
