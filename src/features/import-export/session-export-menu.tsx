// The chat header's Export menu: the session as an exact .json file (re-importable) or as
// Markdown along the path on screen (for reading and sharing).
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import type { SessionRow } from '../../db/types';
import { exportSession } from './export-actions';

export function SessionExportMenu({ session }: { session: SessionRow }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && root.current?.contains(event.target as Node)) return;
      setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const choose = (kind: 'json' | 'markdown') => {
    setOpen(false);
    void exportSession(session, kind);
  };

  return (
    <div ref={root} className="relative">
      <Button aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Export
      </Button>
      {open && (
        <div
          role="menu"
          aria-label="Export this chat"
          className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-stone-200 bg-white py-1 shadow-lg"
        >
          <button
            type="button"
            role="menuitem"
            className="block w-full px-3 py-2 text-left text-sm hover:bg-stone-100"
            onClick={() => choose('json')}
          >
            As JSON <span className="text-stone-500">(exact, can be imported)</span>
          </button>
          <button
            type="button"
            role="menuitem"
            className="block w-full px-3 py-2 text-left text-sm hover:bg-stone-100"
            onClick={() => choose('markdown')}
          >
            As Markdown <span className="text-stone-500">(for reading)</span>
          </button>
        </div>
      )}
    </div>
  );
}
