// One message as an article labelled by its role: its text, its status, the branch
// switcher and the actions on it (edit, regenerate, fork, delete).
import { memo, useMemo, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { ROLE_NAMES, type MessageRow } from '../../db/types';
import { turnSelectors, useTurns } from '../../engine/turn-store';
import { contentText } from '../../db/content-text';
import { BranchSwitcher } from './branch-switcher';
import { deleteMessage, editMessage, fork, regenerate, showBranch } from './chat-actions';
import { MessageActions } from './message-actions';
import { MessageEditor } from './message-editor';
import { MessageStatusLine } from './message-status-line';
import { MessagePartView } from './parts/message-part-view';
import { messageParts } from './parts/message-parts';
import { useStreamedText } from './use-streamed-text';
import { useUi } from '../../store/ui';

export const MessageView = memo(function MessageView({
  message,
  siblings,
  toolName,
}: {
  message: MessageRow;
  siblings: readonly MessageRow[];
  /** For a tool message: the tool it answers, when the call is known. */
  toolName?: string | undefined;
}) {
  const liveText = useStreamedText(message);
  // Reasoning streams only in the tab that runs the turn; other tabs see it once stored.
  const streamedReasoning = useTurns(turnSelectors.reasoningOf(message.id));
  const liveReasoning = liveText === undefined ? undefined : streamedReasoning;
  // Tree edits wait while a reply runs in this chat.
  const busy = useTurns(turnSelectors.replyingIn(message.sessionId));
  const highlighted = useUi((s) => s.highlightedMessageId === message.id);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const text = liveText ?? contentText(message.content);
  const isUser = message.role === 'user';
  const waiting = message.status === 'streaming' && !text && !liveReasoning;
  const parts = useMemo(
    () => messageParts(message, liveText, liveReasoning),
    [message, liveText, liveReasoning],
  );

  return (
    <article
      aria-label={message.role}
      data-message-id={message.id}
      data-highlighted={highlighted || undefined}
      className={`group rounded-lg border px-4 py-3 ${highlighted ? 'border-amber-400 ring-2 ring-amber-300' : 'border-stone-200'} ${isUser ? 'ml-auto max-w-[85%] bg-emerald-50' : 'bg-white'} ${editing ? 'w-full max-w-full' : ''}`}
    >
      <header className="mb-1 text-xs font-semibold text-stone-500">
        {ROLE_NAMES[message.role]}
        {message.name ? ` · ${message.name}` : ''}
        {message.role === 'assistant' && message.model && (
          <span className="font-normal opacity-0 transition-opacity group-focus-within:opacity-100 group-hover:opacity-100">
            {' · '}
            {writtenBy(message)}
          </span>
        )}
      </header>
      {editing ? (
        <MessageEditor
          initial={text}
          sends={message.role !== 'system'}
          onCancel={() => setEditing(false)}
          onSave={(edited) => {
            setEditing(false);
            editMessage(message, edited);
          }}
        />
      ) : waiting ? (
        <p className="animate-pulse text-stone-400" aria-label="Waiting for the reply">
          ●●●
        </p>
      ) : message.role === 'tool' ? (
        <article aria-label={`tool result ${toolName ?? message.name ?? ''}`.trim()}>
          {toolName && (
            <p className="text-xs text-stone-500">
              Result of <code>{toolName}</code>
            </p>
          )}
          {parts.map((part, i) => (
            <MessagePartView key={i} part={part} />
          ))}
        </article>
      ) : (
        parts.map((part, i) => <MessagePartView key={i} part={part} />)
      )}
      <MessageStatusLine message={message} busy={busy} />
      {!editing && (
        <footer className="mt-1 flex flex-wrap items-center gap-1">
          <BranchSwitcher
            siblings={siblings}
            current={message}
            onShow={showBranch}
            disabled={busy}
          />
          <MessageActions
            message={message}
            busy={busy}
            onEdit={() => setEditing(true)}
            onRegenerate={() => regenerate(message)}
            onFork={() => fork(message)}
            onDelete={() => setConfirmingDelete(true)}
          />
        </footer>
      )}
      {confirmingDelete && (
        <ConfirmDialog
          title="Delete this message?"
          message="The message and every reply and branch under it will be removed from this chat."
          confirmLabel="Delete"
          open
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => {
            setConfirmingDelete(false);
            void deleteMessage(message);
          }}
        />
      )}
    </article>
  );
});

/** "Provider · model" for a reply, or the model alone for one written before providers. */
function writtenBy(message: MessageRow): string {
  return message.provider ? `${message.provider} · ${message.model ?? ''}` : (message.model ?? '');
}
