// Providers: the first one added is what new chats use; removing one touches no chat and moves
// new chats to another provider with one of its own models; a model list that arrives after
// the provider changed address or key is not stored.
import { afterEach, describe, expect, it } from 'vitest';
import {
  addProvider,
  countChatsUsing,
  removeProvider,
  saveModelList,
  type ProviderInput,
} from './providers-repo';
import { db } from './schema';
import { createSession } from './sessions-repo';
import { loadNewChatDefaults } from './settings-repo';

afterEach(async () => {
  await Promise.all([db.providers.clear(), db.settings.clear(), db.sessions.clear()]);
});

function input(name: string, models: string[] = []): ProviderInput {
  return {
    name,
    presetId: 'custom',
    baseURL: `http://${name.toLowerCase()}.test/v1`,
    apiKey: `sk-${name}`,
    models: models.map((id) => ({ id })),
  };
}

describe('providers', () => {
  it('makes the first provider added, with its model, what new chats use', async () => {
    const first = await addProvider(input('First'), 'model-a');
    await addProvider(input('Second'), 'model-b');
    expect(await loadNewChatDefaults()).toMatchObject({ providerId: first, model: 'model-a' });
  });

  it("removes a provider without touching its chats, and moves new chats to another's model", async () => {
    const first = await addProvider(input('First', ['a-1']), 'a-1');
    const second = await addProvider(input('Second', ['b-1', 'b-2']));
    const chat = await createSession({ providerId: first, model: 'a-1', systemPrompt: '' });
    expect(await countChatsUsing(first)).toBe(1);

    await removeProvider(first);
    expect(await db.providers.get(first)).toBeUndefined();
    expect(await db.sessions.get(chat)).toMatchObject({ providerId: first, model: 'a-1' });
    expect(await loadNewChatDefaults()).toMatchObject({ providerId: second, model: 'b-1' });
  });

  it('leaves new chats without a provider when the last one is removed', async () => {
    const only = await addProvider(input('Only'), 'm');
    await removeProvider(only);
    expect(await loadNewChatDefaults()).toMatchObject({ providerId: undefined, model: '' });
  });

  it('drops a model list fetched for an address or key the provider no longer has', async () => {
    const id = await addProvider(input('First'));
    const asked = { id, baseURL: 'http://first.test/v1', apiKey: 'sk-First' };
    await db.providers.update(id, { apiKey: 'sk-changed' });
    await saveModelList(asked, [{ id: 'stale' }], undefined);
    expect((await db.providers.get(id))?.models).toEqual([]);

    await saveModelList({ ...asked, apiKey: 'sk-changed' }, [{ id: 'fresh' }], undefined);
    expect((await db.providers.get(id))?.models).toEqual([{ id: 'fresh' }]);
  });
});
