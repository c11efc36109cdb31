// The chat's title and status line (session, model, message count) with Clear.
import { Button } from '../../components/ui/button';
import { clearSession, restoreSnapshot } from '../../db/sessions-repo';
import type { SessionRow } from '../../db/types';
import { useUi } from '../../store/ui';

export function ChatHeader({
  session,
  pathLength,
  busy,
}: {
  session: SessionRow;
  pathLength: number;
  busy: boolean;
}) {
  const clear = async () => {
    const saved = await clearSession(session.id);
    if (!saved || saved.messages.length === 0) return;
    useUi.getState().notify({
      tone: 'info',
      text: `Cleared “${session.title}”.`,
      action: { label: 'Undo', run: () => void restoreSnapshot(saved) },
    });
  };

  return (
    <header className="flex items-center gap-3 border-b border-stone-200 bg-white px-4 py-2">
      <div className="min-w-0 flex-1">
        <h2 className="truncate font-semibold">{session.title}</h2>
        <p className="truncate text-xs text-stone-500" aria-label="Status">
          {session.model || 'no model set'} · {pathLength}{' '}
          {pathLength === 1 ? 'message' : 'messages'}
        </p>
      </div>
      <Button onClick={() => void clear()} disabled={busy || pathLength === 0}>
        Clear
      </Button>
    </header>
  );
}
