// One message as an article labelled by its role: its text, its status, the branch
// switcher and the actions on it (edit, regenerate, fork, delete).
import { memo, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import type { MessageRow } from '../../db/types';
import { contentText } from '../../lib/content-text';
import { BranchSwitcher } from './branch-switcher';
import { deleteMessage, editMessage, fork, regenerate, showBranch } from './chat-actions';
import { LazyMarkdown } from './lazy-markdown';
import { MessageActions } from './message-actions';
import { MessageEditor } from './message-editor';
import { MessageStatusLine } from './message-status-line';
import { useStreamedText } from './use-streamed-text';

const ROLE_NAMES: Record<MessageRow['role'], string> = {
  user: 'You',
  assistant: 'Assistant',
  system: 'System',
  tool: 'Tool',
};

export const MessageView = memo(function MessageView({
  message,
  siblings,
  busy,
}: {
  message: MessageRow;
  siblings: readonly MessageRow[];
  /** True while a reply streams in this chat; tree edits wait until it ends. */
  busy: boolean;
}) {
  const liveText = useStreamedText(message);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const text = liveText ?? contentText(message.content);
  const isUser = message.role === 'user';
  const waiting = message.status === 'streaming' && !text;

  return (
    <article
      aria-label={message.role}
      data-message-id={message.id}
      className={`group rounded-lg border border-stone-200 px-4 py-3 ${isUser ? 'ml-auto max-w-[85%] bg-emerald-50' : 'bg-white'} ${editing ? 'w-full max-w-full' : ''}`}
    >
      <header className="mb-1 text-xs font-semibold text-stone-500">
        {ROLE_NAMES[message.role]}
        {message.name ? ` · ${message.name}` : ''}
      </header>
      {editing ? (
        <MessageEditor
          initial={text}
          onCancel={() => setEditing(false)}
          onSave={(edited) => {
            setEditing(false);
            editMessage(message, edited);
          }}
        />
      ) : isUser ? (
        <p className="whitespace-pre-wrap">{text}</p>
      ) : waiting ? (
        <p className="animate-pulse text-stone-400" aria-label="Waiting for the reply">
          ●●●
        </p>
      ) : (
        <LazyMarkdown text={text} streaming={liveText !== undefined} />
      )}
      {message.tool_calls?.map((call) => (
        <pre key={call.id} className="mt-2 overflow-x-auto rounded bg-stone-100 p-2 text-xs">
          {`${call.function.name}(${call.function.arguments})`}
        </pre>
      ))}
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
      <ConfirmDialog
        title="Delete this message?"
        message="The message and every reply and branch under it will be removed from this chat."
        confirmLabel="Delete"
        open={confirmingDelete}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => {
          setConfirmingDelete(false);
          void deleteMessage(message);
        }}
      />
    </article>
  );
});
