// "‹ 2 / 3 ›": moves between the alternatives of a message (edits or regenerated replies).
import { Button } from '../../components/ui/button';
import type { MessageRow } from '../../db/types';

export function BranchSwitcher({
  siblings,
  current,
  onShow,
  disabled,
}: {
  siblings: readonly MessageRow[];
  current: MessageRow;
  onShow: (sibling: MessageRow) => void;
  disabled: boolean;
}) {
  const index = siblings.findIndex((m) => m.id === current.id);
  if (siblings.length < 2 || index < 0) return null;
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  return (
    <span className="inline-flex items-center text-xs text-stone-600">
      <Button
        variant="ghost"
        className="px-1.5 py-0.5"
        aria-label="Previous branch"
        disabled={disabled || !previous}
        onClick={() => previous && onShow(previous)}
      >
        ‹
      </Button>
      <span aria-label="Branch">
        {index + 1} / {siblings.length}
      </span>
      <Button
        variant="ghost"
        className="px-1.5 py-0.5"
        aria-label="Next branch"
        disabled={disabled || !next}
        onClick={() => next && onShow(next)}
      >
        ›
      </Button>
    </span>
  );
}
