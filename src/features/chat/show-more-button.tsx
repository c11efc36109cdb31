// The quiet button at either end of a long chat that draws more of it.
import type { ReactNode } from 'react';

export function ShowMoreButton({
  onClick,
  children,
}: {
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="rounded-md px-3 py-1 text-sm text-emerald-800 hover:bg-emerald-50"
      onClick={onClick}
    >
      {children}
    </button>
  );
}
