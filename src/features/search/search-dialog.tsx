// The search dialog: a box for the text, a choice of folder to search in, the index's progress
// while it is being built, and the results grouped by chat, newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import { folderChoiceLabels } from '../../db/folder-titles';
import { countChatsByFolder, listFolders, sessionIdsInFolder } from '../../db/queries';
import type { IndexStatus } from '../../db/search/search-service';
import { formatCount } from '../../lib/format-count';
import { openResult } from './open-result';
import { onSearchBoxKeyDown } from './result-keys';
import { SearchResults } from './search-results';
import { useSearchState } from './search-state';
import { useSearch } from './use-search';

function statusLine(status: IndexStatus | undefined): string | null {
  if (!status || status.state === 'loading') return 'Loading the search index…';
  if (status.state === 'indexing' && status.progress) {
    const { done, total } = status.progress;
    return `Indexing messages: ${formatCount(done)} of ${formatCount(total)}. Results so far are shown.`;
  }
  return null;
}

const NO_CHATS: string[] = [];

export function SearchDialog() {
  const [text, setText] = useState('');
  const [folderId, setFolderId] = useState('');
  const folderSelectId = useId();
  const folders = useLiveQuery(listFolders);
  const counts = useLiveQuery(countChatsByFolder);
  // Folders an import brought with the same title are told apart by their chat count.
  const labels = useMemo(
    () => folderChoiceLabels(folders ?? [], (id) => counts?.get(id) ?? 0),
    [folders, counts],
  );
  const sessionIds = useLiveQuery(
    () => (folderId ? sessionIdsInFolder(folderId) : undefined),
    [folderId],
  );
  // While a folder's chats are read, no chat is searched rather than every one.
  const { answer, status } = useSearch(text, folderId ? (sessionIds ?? NO_CHATS) : undefined);
  const close = () => useSearchState.getState().setOpen(false);
  const progress = statusLine(status);

  return (
    <Dialog title="Search" open onClose={close}>
      <input
        type="search"
        aria-label="Search messages"
        placeholder="Words, a prefix, or a “phrase in quotes”"
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        // A search box's own Escape only clears it; here Escape closes, as in every dialog.
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
          else onSearchBoxKeyDown(e);
        }}
        className="w-full rounded-md border border-stone-300 px-3 py-2 text-sm focus:border-emerald-600 focus:outline-none"
      />
      {folders && folders.length > 0 && (
        <div className="mt-2 flex items-center gap-2 text-sm text-stone-700">
          <label htmlFor={folderSelectId}>Folder</label>
          <select
            id={folderSelectId}
            value={folderId}
            onChange={(e) => setFolderId(e.target.value)}
            className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
          >
            <option value="">All folders</option>
            {folders.map((folder) => (
              <option key={folder.id} value={folder.id}>
                {labels.get(folder.id) ?? folder.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {progress && (
        <p role="status" className="mt-2 text-xs text-stone-500">
          {progress}
        </p>
      )}
      {answer && answer.text.trim() !== '' && (
        <SearchResults
          answer={answer}
          onChoose={(result) => {
            close();
            openResult(result.sessionId, result.messageId);
          }}
        />
      )}
    </Dialog>
  );
}
