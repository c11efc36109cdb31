// Creates the openai SDK client for the endpoint in settings. The SDK is loaded on demand
// so it stays out of the first paint.
import type OpenAI from 'openai';
import type { Endpoint } from '../db/settings-repo';

// The SDK's telemetry headers make browsers send a CORS preflight that local servers
// (Ollama, LM Studio) often refuse; null removes them from every request.
const STRIPPED_HEADERS = [
  'x-stainless-arch',
  'x-stainless-lang',
  'x-stainless-os',
  'x-stainless-package-version',
  'x-stainless-retry-count',
  'x-stainless-runtime',
  'x-stainless-runtime-version',
  'x-stainless-timeout',
];

export async function createClient(settings: Endpoint): Promise<OpenAI> {
  const { default: OpenAIClient } = await import('openai');
  return new OpenAIClient({
    baseURL: settings.baseURL,
    // The SDK refuses an empty key; local servers ignore whatever is sent.
    apiKey: settings.apiKey || 'no-key',
    dangerouslyAllowBrowser: true,
    // Arbor shows the error with a Retry button instead of retrying behind the user's back.
    maxRetries: 0,
    defaultHeaders: Object.fromEntries(STRIPPED_HEADERS.map((h) => [h, null])),
  });
}

/** Starts loading the SDK ahead of the first request; a failed load is tried again by it. */
export function preloadClient(): void {
  void import('openai').catch(() => undefined);
}

/** The model ids the endpoint offers, sorted; throws when it offers no list. */
export async function listModels(settings: Endpoint): Promise<string[]> {
  const client = await createClient(settings);
  const ids: string[] = [];
  for await (const model of client.models.list()) ids.push(model.id);
  return ids.sort();
}
