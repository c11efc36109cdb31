// The sidebar: New chat, Settings, and the virtualized list of sessions, which takes the
// keyboard focus when asked (/list in the message box).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { useUi } from '../../store/ui';
import { SessionItem } from './session-item';
import { useSessions } from './use-sessions';

const ROW_HEIGHT = 44;

/** `tools` holds what other features add under New chat, such as Import and Export all. */
export function SessionSidebar({ tools }: { tools: ReactNode }) {
  const sessions = useSessions();
  const activeId = useUi((s) => s.activeSessionId);
  const open = useUi((s) => s.sidebarOpen);
  const scrollRef = useRef<HTMLDivElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const rows = sessions ?? [];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
    // The list fills the sidebar's height, so the first rows are drawn before it is measured.
    initialRect: { width: 0, height: window.innerHeight },
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  const focusRequest = useUi((s) => s.sessionListFocusRequest);
  const handledRequest = useRef(focusRequest);
  useEffect(() => {
    if (focusRequest === handledRequest.current) return;
    handledRequest.current = focusRequest;
    // The open chat's row when it is drawn, else the first row, else the (empty) list itself.
    const nav = navRef.current;
    const row =
      nav?.querySelector<HTMLElement>('button[aria-current="page"]') ??
      nav?.querySelector<HTMLElement>('li button');
    (row ?? nav)?.focus();
  }, [focusRequest]);

  return (
    <aside
      className={`${open ? 'flex' : 'hidden'} fixed inset-y-0 left-0 z-40 w-72 shrink-0 flex-col border-r border-stone-200 bg-stone-100 shadow-xl md:static md:flex md:shadow-none`}
    >
      <div className="flex items-center justify-between gap-2 p-3">
        <h1 className="text-lg font-semibold text-emerald-800">Arbor</h1>
        <Button variant="ghost" onClick={() => useUi.getState().setSettingsOpen(true)}>
          Settings
        </Button>
      </div>
      <div className="px-3 pb-2">
        <Button
          variant="primary"
          className="w-full justify-center"
          // The chat is stored once its first message is sent, so New chat leaves no empty chats behind.
          onClick={() => useUi.getState().openSession(null)}
        >
          New chat
        </Button>
        {tools}
      </div>
      <nav
        ref={navRef}
        aria-labelledby="sessions-heading"
        tabIndex={-1}
        className="flex min-h-0 flex-1 flex-col focus:outline-none"
      >
        <h2
          id="sessions-heading"
          className="px-3 pb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase"
        >
          Sessions
        </h2>
        <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto px-2 pb-3">
          {sessions?.length === 0 && (
            <p className="px-2 py-4 text-sm text-stone-600">No chats yet.</p>
          )}
          <ul className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const session = rows[item.index];
              if (!session) return null;
              return (
                <SessionItem
                  key={session.id}
                  session={session}
                  active={session.id === activeId}
                  renaming={renamingId === session.id}
                  onRenameChange={(on) => setRenamingId(on ? session.id : null)}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                />
              );
            })}
          </ul>
        </div>
      </nav>
    </aside>
  );
}
