// Search's place in the shell: Ctrl/Cmd+K, the index started in idle time, and the dialog. The
// search library runs only in the worker; the dialog is a few kilobytes and is bundled with the
// app, because loading it on demand split the app's shared code into more chunks and cost the
// first paint more than it saved (docs/architecture.md).
import { useEffect } from 'react';
import { SearchDialog } from './search-dialog';
import { startSearchIndex } from './search-client';
import { useSearchState } from './search-state';

function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
}

export function SearchRoot() {
  const open = useSearchState((s) => s.open);

  useEffect(() => {
    startSearchIndex();
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      useSearchState.getState().setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!open) return null;
  return <SearchDialog />;
}
