// The row of small buttons under a message.
import { Button } from '../../components/ui/button';
import { copyLabel, useCopy } from '../../components/ui/use-copy';
import type { MessageRow } from '../../db/types';
import { contentText } from '../../db/content-text';

export function MessageActions({
  message,
  busy,
  onEdit,
  onRegenerate,
  onFork,
  onDelete,
}: {
  message: MessageRow;
  busy: boolean;
  onEdit: () => void;
  onRegenerate: () => void;
  onFork: () => void;
  onDelete: () => void;
}) {
  const small = 'px-2 py-0.5 text-xs';
  const { state, copy } = useCopy();
  const text = contentText(message.content);
  return (
    <span className="flex flex-wrap gap-1">
      {(message.role === 'user' || message.role === 'system') && (
        <Button variant="ghost" className={small} onClick={onEdit} disabled={busy}>
          Edit
        </Button>
      )}
      {message.role === 'assistant' && message.parentId && message.status !== 'error' && (
        <Button variant="ghost" className={small} onClick={onRegenerate} disabled={busy}>
          Regenerate
        </Button>
      )}
      {text && (
        // The text as written, markdown included, as it would be pasted into another chat.
        <Button variant="ghost" className={small} onClick={() => copy(text)}>
          {copyLabel(state, 'Copy')}
        </Button>
      )}
      <Button
        variant="ghost"
        className={small}
        onClick={onFork}
        disabled={message.status === 'streaming'}
      >
        Fork
      </Button>
      {/* A tool's answer goes with the call it answers: deleting the call deletes both. */}
      {message.role !== 'tool' && (
        <Button variant="ghost" className={small} onClick={onDelete} disabled={busy}>
          Delete message
        </Button>
      )}
    </span>
  );
}
