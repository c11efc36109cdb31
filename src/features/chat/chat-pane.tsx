// The open chat: header, messages and the message box. With no chat open, the message box
// starts a new one.
import { useCallback, type ReactNode } from 'react';
import type { SessionRow } from '../../db/types';
import { NEW_CHAT_DRAFT } from '../../db/drafts-repo';
import { createSession } from '../../db/sessions-repo';
import { loadNewChatDefaults } from '../../db/settings-repo';
import { useUi } from '../../store/ui';
import { ChatHeader } from './chat-header';
import { Composer } from './composer';
import { MessageList } from './message-list';
import { NewChatScreen } from './new-chat-screen';
import { TreeView } from './tree-view';
import { useSessionView } from './use-session-view';

/** `sessionActions` renders what other features offer on the open chat, such as Export. */
export function ChatPane({
  sessionActions,
}: {
  sessionActions: (session: SessionRow) => ReactNode;
}) {
  const sessionId = useUi((s) => s.activeSessionId);
  const view = useSessionView(sessionId);
  const current = view ?? null;
  // While the open chat loads, the message box already belongs to it.
  const composerSessionId = view === undefined ? sessionId : (current?.session.id ?? null);

  const ensureSession = useCallback(async () => {
    if (composerSessionId) return composerSessionId;
    const folderId = useUi.getState().newChatFolderId ?? undefined;
    const id = await createSession(await loadNewChatDefaults(), folderId);
    const ui = useUi.getState();
    // The new chat's draft moves to the chat it created.
    ui.setDraft(id, ui.drafts[NEW_CHAT_DRAFT] ?? '');
    ui.setDraft(NEW_CHAT_DRAFT, '');
    ui.openSession(id);
    return id;
  }, [composerSessionId]);

  const treeOpen = useUi((s) => s.treeOpen);

  return (
    <>
      {current ? (
        <>
          <ChatHeader
            session={current.session}
            path={current.path}
            messageCount={current.messageCount}
            extraActions={sessionActions(current.session)}
          />
          <div className="relative flex min-h-0 flex-1">
            <div className="flex min-w-0 flex-1 flex-col">
              <MessageList
                key={current.session.id}
                sessionId={current.session.id}
                path={current.path}
                childrenOf={current.children}
              />
            </div>
            {treeOpen && <TreeView path={current.path} childrenOf={current.children} />}
          </div>
        </>
      ) : view === undefined && sessionId ? (
        <div className="flex-1" aria-busy="true" />
      ) : (
        <NewChatScreen />
      )}
      <Composer sessionId={composerSessionId} ensureSession={ensureSession} />
    </>
  );
}
