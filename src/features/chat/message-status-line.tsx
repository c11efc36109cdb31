// How a reply ended, when not plainly: stopped, interrupted, or failed with a Retry (and, for a
// chat too long for its model, Summarize and continue); and what the user should know about
// how it was made (e.g. it was sent again, cut to fit).
import { Button } from '../../components/ui/button';
import type { MessageRow } from '../../db/types';
import { retry } from './chat-actions';
import { SummarizeButton } from './summarize-button';

export function MessageStatusLine({ message, busy }: { message: MessageRow; busy: boolean }) {
  if (message.status === 'stopped') {
    return <p className="mt-2 text-xs text-stone-500">Stopped</p>;
  }
  if (message.status === 'interrupted') {
    return (
      <div className="mt-2 flex items-center gap-2 text-xs text-amber-800">
        <span>Interrupted: the page closed before this reply finished.</span>
        <Button onClick={() => retry(message)} disabled={busy}>
          Retry
        </Button>
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
        {message.tooLong && (
          <SummarizeButton sessionId={message.sessionId} disabled={busy} variant="secondary" />
        )}
        <Button onClick={() => retry(message)} disabled={busy}>
          Retry
        </Button>
      </div>
    );
  }
  if (message.notice) {
    return (
      <p role="note" className="mt-2 text-xs text-amber-800">
        {message.notice}
      </p>
    );
  }
  return null;
}
