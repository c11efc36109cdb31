// Where a chat's next reply goes: the chat's own provider and model, or, for a chat that never
// had them (an imported one), those new chats use, which it then keeps. A chat whose provider
// was removed is not moved to another one behind the user's back: it asks.
import { readProvider } from '../db/queries';
import { updateSessionSettings } from '../db/sessions-repo';
import { loadNewChatDefaults } from '../db/settings-repo';
import type { ProviderRow, SessionRow } from '../db/types';
import { ChatSetupError } from '../llm/errors';

export interface ReplyTarget {
  provider: ProviderRow;
  model: string;
}

export async function replyTargetFor(session: SessionRow): Promise<ReplyTarget> {
  const defaults = await loadNewChatDefaults();
  const providerId = session.providerId ?? defaults.providerId;
  const provider = providerId ? await readProvider(providerId) : undefined;
  if (!provider) {
    throw new ChatSetupError(
      session.providerId
        ? "This chat's provider was removed. Choose a model from another provider in the chat header, then press Retry."
        : 'Add a provider in Settings, then press Retry.',
    );
  }
  const model = session.model || defaults.model;
  if (!model) {
    throw new ChatSetupError(
      'This chat has no model yet. Choose one in the chat header, then press Retry.',
    );
  }
  if (session.providerId !== provider.id || session.model !== model) {
    await updateSessionSettings(session.id, { providerId: provider.id, model });
  }
  return { provider, model };
}
