// What the last slash command has to say, above the message box: a note (a command that could
// not run as typed, or what one did) or the session status of /status. It stays until the
// next command or message, Escape in the box, or Dismiss.
import { Button } from '../../components/ui/button';
import type { CommandReply } from './run-slash-command';

export function CommandReplyView({
  reply,
  onDismiss,
}: {
  reply: CommandReply;
  onDismiss: () => void;
}) {
  const dismiss = (
    <Button variant="ghost" className="px-2 py-0.5" aria-label="Dismiss" onClick={onDismiss}>
      ×
    </Button>
  );
  if (reply.kind === 'status') {
    return (
      <section
        role="status"
        aria-label={reply.title ?? 'Session status'}
        className="mx-auto mb-2 flex max-w-3xl items-start gap-2 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm"
      >
        <dl className="grid flex-1 grid-cols-[auto_1fr] gap-x-4 gap-y-0.5">
          {reply.rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-stone-500">{label}</dt>
              <dd className="min-w-0 truncate text-stone-800" title={value}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        {dismiss}
      </section>
    );
  }
  const tone =
    reply.tone === 'error'
      ? 'border-red-300 bg-red-50 text-red-900'
      : 'border-stone-200 bg-stone-50 text-stone-800';
  return (
    <div
      role={reply.tone === 'error' ? 'alert' : 'status'}
      className={`mx-auto mb-2 flex max-w-3xl items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${tone}`}
    >
      <p className="flex-1">{reply.text}</p>
      {dismiss}
    </div>
  );
}
