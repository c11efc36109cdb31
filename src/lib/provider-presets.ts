// Provider presets: each fills the base URL of an OpenAI-compatible endpoint.
export interface ProviderPreset {
  id: string;
  label: string;
  baseURL: string;
  /** Local servers accept requests without a key. */
  needsKey: boolean;
  suggestedModel: string;
}

export const PRESETS: readonly ProviderPreset[] = [
  {
    id: 'openai',
    label: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    needsKey: true,
    suggestedModel: 'gpt-4o-mini',
  },
  {
    id: 'openrouter',
    label: 'OpenRouter',
    baseURL: 'https://openrouter.ai/api/v1',
    needsKey: true,
    suggestedModel: 'openai/gpt-4o-mini',
  },
  {
    id: 'groq',
    label: 'Groq',
    baseURL: 'https://api.groq.com/openai/v1',
    needsKey: true,
    suggestedModel: 'llama-3.3-70b-versatile',
  },
  {
    id: 'together',
    label: 'Together',
    baseURL: 'https://api.together.xyz/v1',
    needsKey: true,
    suggestedModel: '',
  },
  {
    id: 'mistral',
    label: 'Mistral',
    baseURL: 'https://api.mistral.ai/v1',
    needsKey: true,
    suggestedModel: 'mistral-small-latest',
  },
  {
    id: 'deepseek',
    label: 'DeepSeek',
    baseURL: 'https://api.deepseek.com/v1',
    needsKey: true,
    suggestedModel: 'deepseek-chat',
  },
  {
    id: 'ollama',
    label: 'Ollama',
    baseURL: 'http://localhost:11434/v1',
    needsKey: false,
    suggestedModel: 'llama3.2',
  },
  {
    id: 'lmstudio',
    label: 'LM Studio',
    baseURL: 'http://localhost:1234/v1',
    needsKey: false,
    suggestedModel: '',
  },
  { id: 'custom', label: 'Custom', baseURL: '', needsKey: false, suggestedModel: '' },
];

export function presetById(id: string): ProviderPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The preset whose base URL matches, or Custom. */
export function presetForURL(baseURL: string): ProviderPreset {
  const normalized = baseURL.replace(/\/+$/, '');
  return (
    PRESETS.find((p) => p.baseURL && p.baseURL === normalized) ?? (PRESETS.at(-1) as ProviderPreset)
  );
}

/** Whether a base URL can be tried: http(s) and a host. */
export function isHttpBaseURL(url: string): boolean {
  return /^https?:\/\/[^\s/]+/.test(url.trim());
}

/**
 * A name for a provider the user hasn't named: its preset's, or a plain one for any other
 * endpoint. Never the host name: provider names go into exports, and a private host is not
 * something to hand around with a chat.
 */
export function providerNameFor(baseURL: string): string {
  const preset = presetForURL(baseURL);
  if (preset.id !== 'custom') return preset.label;
  try {
    const url = new URL(baseURL);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (local) return url.port ? `Local server :${url.port}` : 'Local server';
  } catch {
    // Not a URL yet: a plain name will do.
  }
  return 'Custom provider';
}
