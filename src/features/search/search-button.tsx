// The sidebar's Search button; Ctrl/Cmd+K does the same.
import { Button } from '../../components/ui/button';
import { useSearchState } from './search-state';

export function SearchButton() {
  return (
    <Button
      className="mt-2 w-full justify-between"
      aria-keyshortcuts="Control+K Meta+K"
      onClick={() => useSearchState.getState().setOpen(true)}
    >
      Search
      <kbd aria-hidden="true" className="text-xs text-stone-500">
        Ctrl K
      </kbd>
    </Button>
  );
}
