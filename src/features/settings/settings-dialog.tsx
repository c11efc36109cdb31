// Settings: the providers Arbor can send chats to, the system prompt new chats start with, the
// theme, and how the browser keeps Arbor's storage, with restore points and backups.
// On the first run it welcomes the user and asks for the first provider and the model new
// chats use.
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { AppearanceSection } from './appearance-section';
import type { ProviderRow } from '../../db/types';
import { useUi } from '../../store/ui';
import { ProviderForm } from './provider-form';
import { NewChatSettings } from './new-chat-settings';
import { ProviderList } from './provider-list';
import { StorageSection } from './storage-section';
import { ToolsSection } from './tools-section';

type Editing = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; provider: ProviderRow };

export function SettingsDialog({
  open,
  firstRun,
  onRestore,
}: {
  open: boolean;
  firstRun: boolean;
  /** Takes a restore point or backup file into the import preview. */
  onRestore: (file: File) => void;
}) {
  const close = () => useUi.getState().setSettingsOpen(false);
  return (
    <Dialog
      title={firstRun ? 'Welcome to Arbor' : 'Settings'}
      open={open}
      onClose={close}
      dismissable={!firstRun}
    >
      {open && firstRun && (
        <>
          <p className="mb-4 text-sm text-stone-600">
            Arbor talks to the model straight from this browser. Pick a provider and enter your API
            key; it is stored only in this browser and sent only to the endpoint you choose. You can
            add more providers later in Settings.
          </p>
          <ProviderForm askModel onDone={close} />
        </>
      )}
      {open && !firstRun && <Providers onClose={close} onRestore={onRestore} />}
    </Dialog>
  );
}

function Providers({
  onClose,
  onRestore,
}: {
  onClose: () => void;
  onRestore: (file: File) => void;
}) {
  const [editing, setEditing] = useState<Editing>({ kind: 'list' });
  const back = () => setEditing({ kind: 'list' });
  switch (editing.kind) {
    case 'list':
      return (
        <>
          <ProviderList
            onAdd={() => setEditing({ kind: 'add' })}
            onEdit={(provider) => setEditing({ kind: 'edit', provider })}
          />
          <NewChatSettings />
          <ToolsSection />
          <AppearanceSection />
          <StorageSection onRestore={onRestore} />
          <div className="mt-4 flex justify-end border-t border-stone-200 pt-4">
            <Button onClick={onClose}>Close</Button>
          </div>
        </>
      );
    case 'add':
      return <ProviderForm onDone={back} onCancel={back} />;
    case 'edit':
      return <ProviderForm provider={editing.provider} onDone={back} onCancel={back} />;
  }
}
