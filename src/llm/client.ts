// Creates the openai SDK client for the endpoint in settings. The SDK is loaded on demand
// so it stays out of the first paint.
import type OpenAI from 'openai';
import { z } from 'zod';
import type { Endpoint, ProviderModel } from '../db/types';

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

/**
 * One entry of GET /models. Only `id` is OpenAI's; the context window is where OpenRouter
 * (`context_length`), LM Studio (`max_context_length`) and Groq (`context_window`) put it.
 */
const listedModelSchema = z.object({
  id: z.string().min(1),
  context_length: z.number().int().positive().optional().catch(undefined),
  max_context_length: z.number().int().positive().optional().catch(undefined),
  context_window: z.number().int().positive().optional().catch(undefined),
});

/** The models the endpoint offers, sorted by id; throws when it offers no list. */
export async function listModels(settings: Endpoint): Promise<ProviderModel[]> {
  const client = await createClient(settings);
  const models: ProviderModel[] = [];
  for await (const entry of client.models.list()) {
    const parsed = listedModelSchema.safeParse(entry);
    if (!parsed.success) continue;
    const { id, context_length, max_context_length, context_window } = parsed.data;
    const contextLength = context_length ?? max_context_length ?? context_window;
    models.push(contextLength ? { id, contextLength } : { id });
  }
  return models.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
