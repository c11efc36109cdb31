// The chat's title, status line (model, messages, turns and tokens) and lineage, with the
// chat-wide controls: the chat model, Context, Summarize and continue, Chat settings, Undo last
// turn, Tree and Clear.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { activateBranch } from '../../db/branch-repo';
import { readMessage, readSession } from '../../db/queries';
import { turnSelectors, useTurns } from '../../engine/turn-store';
import type { MessageRow, SessionRow } from '../../db/types';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { clearChat, undoLastTurn } from './chat-actions';
import { ContextDialog } from './context-dialog';
import { SummarizeButton } from './summarize-button';
import { contextSummary, useContextReport } from './use-context-report';
import { ModelPicker } from './model-picker';

// Loaded when it first opens: it brings the JSON Schema checker.
const ChatSettingsDialog = lazy(() =>
  import('./chat-settings-dialog').then((m) => ({ default: m.ChatSettingsDialog })),
);

export function ChatHeader({
  session,
  path,
  messageCount,
  extraActions,
}: {
  session: SessionRow;
  path: MessageRow[];
  /** Every message of the chat, on every branch; undefined while the tree is still being read. */
  messageCount: number | undefined;
  /** Actions other features offer on the chat (e.g. Export), placed by the app shell. */
  extraActions: ReactNode;
}) {
  const treeOpen = useUi((s) => s.treeOpen);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [contextOpen, setContextOpen] = useState(false);
  const report = useContextReport(session, path);
  const summary = report ? contextSummary(report) : '';
  // Tree edits wait while a reply runs in this chat.
  const busy = useTurns(turnSelectors.replyingIn(session.id));

  return (
    <header className="flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-stone-200 bg-white px-4 py-2">
      {/* The title and status take a row of their own when the controls leave them too little. */}
      <div className="min-w-[min(100%,24rem)] flex-1">
        <h2 className="truncate font-semibold">{session.title}</h2>
        <p role="status" aria-label="Status" className="truncate text-xs text-stone-500">
          {session.model || 'no model set'} · {pathIsWhole(path, messageCount) ? path.length : '…'}{' '}
          {path.length === 1 ? 'message' : 'messages'}
          {messageCount !== undefined &&
            messageCount > path.length &&
            ` (${messageCount} in all branches)`}
          {summary && ` · ${summary}`}
        </p>
        {session.forkedFrom && (
          <p aria-label="Lineage" className="truncate text-xs text-stone-500">
            <ForkLink session={session} />
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ModelPicker sessionId={session.id} providerId={session.providerId} model={session.model} />
        <Button variant="ghost" onClick={() => setContextOpen(true)}>
          Context
        </Button>
        {contextOpen && (
          <ContextDialog
            sessionId={session.id}
            report={report}
            onClose={() => setContextOpen(false)}
          />
        )}
        <SummarizeButton sessionId={session.id} disabled={busy || path.length === 0} />
        <Button variant="ghost" onClick={() => setSettingsOpen(true)}>
          Chat settings
        </Button>
        {settingsOpen && (
          <Suspense fallback={null}>
            <ChatSettingsDialog session={session} onClose={() => setSettingsOpen(false)} />
          </Suspense>
        )}
        <Button
          variant="ghost"
          onClick={() => void undoLastTurn(path)}
          disabled={busy || !path.some((m) => m.role === 'user')}
        >
          Undo last turn
        </Button>
        <Button
          variant="ghost"
          aria-pressed={treeOpen}
          onClick={() => useUi.getState().setTreeOpen(!treeOpen)}
        >
          Tree
        </Button>
        <Button
          onClick={() => void clearChat(session.id).catch(reportFailure('Clearing the chat'))}
          disabled={busy || path.length === 0}
        >
          Clear
        </Button>
        {extraActions}
      </div>
    </header>
  );
}

/** "Forked from <title>": opens the source at the message the fork was made from. */
function ForkLink({ session }: { session: SessionRow }) {
  const link = session.forkedFrom;
  const source = useLiveQuery(
    async () => (link ? ((await readSession(link.sessionId)) ?? null) : null),
    [link?.sessionId],
  );
  if (!link || source === undefined) return null;
  if (source === null) return <>Forked from “{link.title}” (deleted)</>;

  const open = async () => {
    const message = await readMessage(link.messageId);
    if (message) await activateBranch(source.id, message.id);
    useUi.getState().openSession(source.id);
    if (message) useUi.getState().focusMessage(message.id);
  };
  return (
    <button
      type="button"
      className="text-emerald-700 underline hover:text-emerald-900"
      onClick={() => void open().catch(reportFailure('Opening the source chat'))}
    >
      Forked from {source.title}
    </button>
  );
}

/** False while only the newest part of a long path has been read. */
function pathIsWhole(path: readonly MessageRow[], messageCount: number | undefined): boolean {
  return messageCount !== undefined || path.length === 0 || path[0]?.parentId === null;
}
