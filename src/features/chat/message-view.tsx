// One message as an article labelled by its role, with its status and, for a failed reply,
// the error in plain words and a Retry button.
import { memo } from 'react';
import { Button } from '../../components/ui/button';
import type { MessageRow } from '../../db/types';
import { contentText } from '../../lib/content-text';
import { generationSelectors, useGeneration } from '../../store/generation';
import { Markdown } from './markdown';

const ROLE_NAMES: Record<MessageRow['role'], string> = {
  user: 'You',
  assistant: 'Assistant',
  system: 'System',
  tool: 'Tool',
};

export const MessageView = memo(function MessageView({
  message,
  onRetry,
}: {
  message: MessageRow;
  onRetry: (message: MessageRow) => void;
}) {
  const liveText = useGeneration(generationSelectors.textOf(message.id));
  const text = liveText ?? contentText(message.content);
  const isUser = message.role === 'user';
  const waiting = message.status === 'streaming' && !text;

  return (
    <article
      aria-label={message.role}
      className={`rounded-lg px-4 py-3 ${isUser ? 'ml-auto max-w-[85%] bg-emerald-50' : 'bg-white'} border border-stone-200`}
    >
      <header className="mb-1 text-xs font-semibold text-stone-500">
        {ROLE_NAMES[message.role]}
        {message.name ? ` · ${message.name}` : ''}
      </header>
      {isUser ? (
        <p className="whitespace-pre-wrap">{text}</p>
      ) : waiting ? (
        <p className="animate-pulse text-stone-400" aria-label="Waiting for the reply">
          ●●●
        </p>
      ) : (
        <Markdown text={text} />
      )}
      {message.tool_calls?.map((call) => (
        <pre key={call.id} className="mt-2 overflow-x-auto rounded bg-stone-100 p-2 text-xs">
          {`${call.function.name}(${call.function.arguments})`}
        </pre>
      ))}
      <MessageStatusLine message={message} onRetry={onRetry} />
    </article>
  );
});

function MessageStatusLine({
  message,
  onRetry,
}: {
  message: MessageRow;
  onRetry: (m: MessageRow) => void;
}) {
  if (message.status === 'stopped') {
    return <p className="mt-2 text-xs text-stone-500">Stopped</p>;
  }
  if (message.status === 'interrupted') {
    return (
      <div className="mt-2 flex items-center gap-2 text-xs text-amber-800">
        <span>Interrupted: the page closed before this reply finished.</span>
        <Button onClick={() => onRetry(message)}>Retry</Button>
      </div>
    );
  }
  if (message.status === 'error') {
    return (
      <div
        role="alert"
        className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-900"
      >
        <span className="min-w-0 flex-1">{message.error ?? 'The request failed.'}</span>
        <Button onClick={() => onRetry(message)}>Retry</Button>
      </div>
    );
  }
  return null;
}
