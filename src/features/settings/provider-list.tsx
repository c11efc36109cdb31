// The providers in Settings: each with its server and what its model list says, to edit,
// refresh or remove. Removing one that chats use says how many; those chats keep every message.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { countChatsUsing, removeProvider } from '../../db/providers-repo';
import { listProviders } from '../../db/queries';
import type { ProviderRow } from '../../db/types';
import { reportFailure } from '../../store/report-failure';
import { refreshModels } from './provider-actions';

export function ProviderList({
  onEdit,
  onAdd,
}: {
  onEdit: (provider: ProviderRow) => void;
  onAdd: () => void;
}) {
  const providers = useLiveQuery(listProviders);
  const [removing, setRemoving] = useState<{ provider: ProviderRow; chats: number } | null>(null);

  const askRemove = async (provider: ProviderRow) => {
    setRemoving({ provider, chats: await countChatsUsing(provider.id) });
  };
  const remove = (provider: ProviderRow) => {
    setRemoving(null);
    void removeProvider(provider.id).catch(reportFailure('Removing the provider'));
  };

  if (!providers) return null;
  return (
    <section aria-labelledby="providers-heading" className="mb-2">
      <h3 id="providers-heading" className="mb-2 text-sm font-semibold text-stone-700">
        Providers
      </h3>
      {providers.length === 0 ? (
        <p className="mb-3 text-sm text-stone-600">
          No provider yet. Add one to send messages; chats and messages stay as they are.
        </p>
      ) : (
        <ul
          aria-label="Providers"
          className="mb-3 divide-y divide-stone-200 rounded-md border border-stone-200"
        >
          {providers.map((provider) => (
            <ProviderItem
              key={provider.id}
              provider={provider}
              onEdit={() => onEdit(provider)}
              onRemove={() => void askRemove(provider).catch(reportFailure('Counting its chats'))}
            />
          ))}
        </ul>
      )}
      <Button onClick={onAdd}>Add provider</Button>
      {removing && (
        <ConfirmDialog
          open
          title={`Remove ${removing.provider.name}?`}
          message={removalMessage(removing.chats)}
          confirmLabel="Remove"
          onConfirm={() => remove(removing.provider)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

function removalMessage(chats: number): string {
  if (chats === 0) return 'No chat uses it. Its API key is deleted from this browser.';
  const them = chats === 1 ? '1 chat uses it. It keeps' : `${chats} chats use it. They keep`;
  return `${them} every message and will ask for another provider on the next message. Its API key is deleted from this browser.`;
}

function ProviderItem({
  provider,
  onEdit,
  onRemove,
}: {
  provider: ProviderRow;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const [refreshing, setRefreshing] = useState(false);
  const refresh = () => {
    setRefreshing(true);
    void refreshModels(provider).finally(() => setRefreshing(false));
  };
  return (
    <li aria-label={provider.name} className="flex items-start gap-2 p-2">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium">{provider.name}</p>
        <p className="truncate text-xs text-stone-500">{provider.baseURL}</p>
        <p className="text-xs text-stone-500">
          {refreshing
            ? 'Asking for its models…'
            : provider.models.length > 0
              ? `${provider.models.length} models`
              : (provider.modelsNote ?? 'No models listed; type a model name in the chat header.')}
        </p>
      </div>
      <Button variant="ghost" onClick={refresh} disabled={refreshing}>
        Refresh models
      </Button>
      <Button variant="ghost" onClick={onEdit}>
        Edit
      </Button>
      <Button variant="ghost" onClick={onRemove}>
        Remove
      </Button>
    </li>
  );
}
