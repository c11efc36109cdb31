// The chat header's Export menu: the session as an exact .json file (re-importable), or the
// path on screen as Markdown (for reading and sharing), as an OpenAI messages array or as an
// OpenAI fine-tuning .jsonl line (for use with other tools). It works from the keyboard as
// menus do: the first item takes focus on opening, arrow keys, Home and End move between
// items, Escape closes it and gives focus back to the button, Tab closes it.
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Button } from '../../components/ui/button';
import type { SessionRow } from '../../db/types';
import { exportSession, type SessionExportKind } from './export-actions';

const ITEMS: { kind: SessionExportKind; label: string; note: string }[] = [
  { kind: 'json', label: 'As JSON', note: 'exact, can be imported' },
  { kind: 'markdown', label: 'As Markdown', note: 'for reading' },
  { kind: 'openai-messages', label: 'As OpenAI messages', note: 'a JSON array' },
  { kind: 'fine-tuning', label: 'As fine-tuning JSONL', note: 'OpenAI format' },
];

export function SessionExportMenu({ session }: { session: SessionRow }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        root.current?.querySelector<HTMLButtonElement>('[aria-haspopup="menu"]')?.focus();
      }
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

  const moveFocus = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.findIndex((item) => item === document.activeElement);
    const next: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: list.length - 1,
    };
    if (event.key === 'Tab') setOpen(false);
    const to = next[event.key];
    if (to === undefined || list.length === 0) return;
    event.preventDefault();
    list[(to + list.length) % list.length]?.focus();
  };

  const choose = (kind: SessionExportKind) => {
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
          ref={menu}
          role="menu"
          aria-label="Export this chat"
          onKeyDown={moveFocus}
          className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-stone-200 bg-white py-1 shadow-lg"
        >
          {ITEMS.map(({ kind, label, note }) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="block w-full px-3 py-2 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 focus:outline-none"
              onClick={() => choose(kind)}
            >
              {label} <span className="text-stone-500">({note})</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
