// The search dialog: a box for the text, the index's progress while it is being built, and the
// results grouped by chat, newest first.
import { useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import type { IndexStatus } from '../../db/search/search-service';
import { openResult } from './open-result';
import { onSearchBoxKeyDown } from './result-keys';
import { SearchResults } from './search-results';
import { useSearchState } from './search-state';
import { useSearch } from './use-search';

function statusLine(status: IndexStatus | undefined): string | null {
  if (!status || status.state === 'loading') return 'Loading the search index…';
  if (status.state === 'indexing' && status.progress) {
    const { done, total } = status.progress;
    return `Indexing messages: ${done.toLocaleString()} of ${total.toLocaleString()}. Results so far are shown.`;
  }
  return null;
}

export function SearchDialog() {
  const [text, setText] = useState('');
  const { answer, status } = useSearch(text);
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
