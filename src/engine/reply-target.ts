// Where a chat's next reply goes: the chat's own provider and model, or, for a chat that never
// had a provider (an imported one), those new chats use, which it then keeps. A chat whose
// provider was removed is not moved to another one behind the user's back: it asks.
import { readProvider } from '../db/queries';
import { updateSessionSettings } from '../db/sessions-repo';
import { loadNewChatDefaults } from '../db/settings-repo';
import type { ProviderRow, SessionRow } from '../db/types';
import { ChatSetupError } from '../llm/errors';

export interface ReplyTarget {
  provider: ProviderRow;
  model: string;
}

/**
 * `adopt` stores the defaults on a chat that had no provider, as a turn does; an inspection
 * only looks.
 */
export async function replyTargetFor(
  session: SessionRow,
  { adopt = true }: { adopt?: boolean } = {},
): Promise<ReplyTarget> {
  // The chat's own provider and model, or, for a chat that never had a provider, both of
  // the new-chat defaults: a model name only means something to the provider it was chosen for.
  const own = session.providerId !== undefined;
  const defaults = own ? undefined : await loadNewChatDefaults();
  const providerId = own ? session.providerId : defaults?.providerId;
  const provider = providerId ? await readProvider(providerId) : undefined;
  if (!provider) {
    throw new ChatSetupError(
      own
        ? "This chat's provider was removed. Choose a model from another provider in the chat header, then press Retry."
        : 'Add a provider in Settings, then press Retry.',
    );
  }
  const model = own ? session.model : (defaults?.model ?? '');
  if (!model) {
    throw new ChatSetupError(
      'This chat has no model yet. Choose one in the chat header, then press Retry.',
    );
  }
  if (!own && adopt) await updateSessionSettings(session.id, { providerId: provider.id, model });
  return { provider, model };
}
