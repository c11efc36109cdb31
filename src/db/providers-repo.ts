// All writes to providers: add, edit, store a fetched model list, and remove. A provider's
// chats are never touched by its removal: they keep its id and ask for another provider on
// their next message.
import { newId } from '../lib/ids';
import { listProviders } from './queries';
import { db } from './schema';
import { loadNewChatDefaults, saveNewChatDefaults } from './settings-repo';
import type { ProviderModel, ProviderRow } from './types';

export type ProviderInput = Omit<ProviderRow, 'id' | 'createdAt'>;

/** Adds a provider; the first one also becomes the one new chats use. */
export async function addProvider(input: ProviderInput, defaultModel = ''): Promise<string> {
  const id = newId();
  await db.transaction('rw', db.providers, db.settings, async () => {
    await db.providers.add({ ...input, id, createdAt: Date.now() });
    const defaults = await loadNewChatDefaults();
    const current = defaults.providerId ? await db.providers.get(defaults.providerId) : undefined;
    if (!current) await saveNewChatDefaults({ providerId: id, model: defaultModel });
  });
  return id;
}

export async function updateProvider(id: string, input: ProviderInput): Promise<void> {
  // An absent note is written as undefined, which Dexie stores as removing the old one.
  await db.providers.update(id, { ...input, modelsNote: input.modelsNote });
}

/** The user's own context window for one of the provider's models; undefined removes it. */
export async function setModelWindow(
  providerId: string,
  model: string,
  tokens: number | undefined,
): Promise<void> {
  await db.transaction('rw', db.providers, async () => {
    const provider = await db.providers.get(providerId);
    if (!provider) throw new Error('This provider was removed.');
    const { [model]: _previous, ...others } = provider.windows ?? {};
    await db.providers.update(providerId, {
      windows: tokens === undefined ? others : { ...others, [model]: tokens },
    });
  });
}

/** How many chats send their replies to this provider. */
export function countChatsUsing(providerId: string): Promise<number> {
  return db.sessions.where('providerId').equals(providerId).count();
}

/**
 * Removes the provider and nothing else. When new chats used it, they move to the oldest
 * provider left, with its first listed model (or none, to be chosen).
 */
export async function removeProvider(id: string): Promise<void> {
  await db.transaction('rw', db.providers, db.settings, async () => {
    await db.providers.delete(id);
    const defaults = await loadNewChatDefaults();
    if (defaults.providerId !== id) return;
    const [next] = await listProviders();
    await saveNewChatDefaults({ providerId: next?.id, model: next?.models[0]?.id ?? '' });
  });
}

/**
 * Stores what the provider's GET /models answered, or why it listed nothing, unless the
 * provider was changed to another address or key while the list was on its way.
 */
export async function saveModelList(
  asked: Pick<ProviderRow, 'id' | 'baseURL' | 'apiKey'>,
  models: ProviderModel[],
  note: string | undefined,
): Promise<void> {
  await db.transaction('rw', db.providers, async () => {
    const now = await db.providers.get(asked.id);
    if (now?.baseURL !== asked.baseURL || now.apiKey !== asked.apiKey) return;
    await db.providers.update(asked.id, { models, modelsNote: note });
  });
}
