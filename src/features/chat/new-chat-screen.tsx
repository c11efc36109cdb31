// What shows before a new chat's first message: where its replies will come from, to change
// before sending, the folder it will be kept in (New chat in a folder), and a word on where
// chats are kept.
import { useLiveQuery } from 'dexie-react-hooks';
import { readFolder } from '../../db/queries';
import { loadNewChatDefaults } from '../../db/settings-repo';
import { useUi } from '../../store/ui';
import { ModelPicker } from './model-picker';

export function NewChatScreen() {
  const defaults = useLiveQuery(loadNewChatDefaults);
  const folderId = useUi((s) => s.newChatFolderId);
  const folder = useLiveQuery(() => (folderId ? readFolder(folderId) : undefined), [folderId]);
  return (
    <div className="flex flex-1 items-center justify-center p-8 text-center text-stone-500">
      <div className="flex flex-col items-center">
        <h2 className="text-lg font-medium text-stone-700">New chat</h2>
        <p className="mt-1 text-sm">Type below to start. Your chats stay in this browser.</p>
        {folder && <p className="mt-1 text-sm text-stone-600">In the folder “{folder.title}”</p>}
        {defaults && (
          <div className="mt-4 flex items-center gap-2 text-sm text-stone-600">
            <span>Replies from</span>
            <ModelPicker sessionId={null} providerId={defaults.providerId} model={defaults.model} />
          </div>
        )}
      </div>
    </div>
  );
}
