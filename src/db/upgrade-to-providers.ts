// Version 5's upgrade: the single endpoint that settings held (base URL, key, the new-chat
// model and system prompt) becomes the first provider, every chat stored so far goes on using
// it, and the new-chat defaults are kept under their own key. Nothing the user had is lost: a
// row that can't be read is left where it was.
import type { Transaction } from 'dexie';
import { z } from 'zod/mini';
import { newId } from '../lib/ids';
import { presetForURL, providerNameFor } from '../lib/provider-presets';
import type { ProviderRow } from './types';

/** The settings row of versions 1 to 4. */
const OLD_KEY = 'endpoint';
export const NEW_CHAT_KEY = 'new-chat';

const oldEndpointSchema = z.object({
  baseURL: z._default(z.string().check(z.trim()), ''),
  apiKey: z._default(z.string(), ''),
  model: z._default(z.string().check(z.trim()), ''),
  systemPrompt: z._default(z.string(), ''),
});

export async function endpointToProvider(tx: Transaction): Promise<void> {
  const settings = tx.table<{ key: string; value: unknown }, string>('settings');
  const row = await settings.get(OLD_KEY);
  if (!row) return;
  const old = oldEndpointSchema.safeParse(row.value ?? {});
  if (!old.success) {
    console.warn('The stored endpoint could not be read; it is left as it was', old.error);
    return;
  }
  const { baseURL, apiKey, model, systemPrompt } = old.data;
  if (!baseURL && apiKey) {
    console.warn('The stored endpoint has a key but no address; it is left as it was');
    return;
  }
  let providerId: string | undefined;
  if (baseURL) {
    const provider: ProviderRow = {
      id: newId(),
      name: providerNameFor(baseURL),
      presetId: presetForURL(baseURL).id,
      baseURL,
      apiKey,
      models: [],
      createdAt: Date.now(),
    };
    await tx.table<ProviderRow, string>('providers').add(provider);
    providerId = provider.id;
    await tx.table('sessions').toCollection().modify({ providerId });
  }
  await settings.put({
    key: NEW_CHAT_KEY,
    value: { ...(providerId ? { providerId } : {}), model, systemPrompt },
  });
  await settings.delete(OLD_KEY);
}
