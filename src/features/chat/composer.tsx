// The message box: Enter sends, Shift+Enter adds a line, and Stop replaces Send while a
// reply is streaming. The draft is cleared only once the message is safely stored. A leading
// slash types a command (/new, /load, /model…, see slash-commands.ts); "//" sends one slash.
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { NEW_CHAT_DRAFT } from '../../db/drafts-repo';
import { isClosedForUpgrade } from '../../db/upgrade-watch';
import { sendMessage, stopTurn } from '../../engine/turns';
import { turnSelectors, useTurns } from '../../engine/turn-store';
import { isDiskFull } from '../../lib/disk-full';
import { notifyDiskFull, reportFailure } from '../../store/report-failure';
import { uiSelectors, useUi } from '../../store/ui';
import { CommandList } from './command-list';
import { CommandReplyView } from './command-reply';
import { readBoxText } from './slash-commands';
import { useCommandBox } from './use-command-box';

export function Composer({
  sessionId,
  ensureSession,
}: {
  sessionId: string | null;
  ensureSession: () => Promise<string>;
}) {
  const draft = useUi(uiSelectors.draftOf(sessionId));
  const turnId = useTurns(turnSelectors.activeTurnIn(sessionId));
  const [sending, setSending] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const canSend = draft.trim() !== '' && !turnId && !sending;
  const commands = useCommandBox(sessionId, draft, boxRef);

  const focusRequest = useUi((s) => s.composerFocusRequest);
  useEffect(() => {
    boxRef.current?.focus({ preventScroll: true });
  }, [sessionId, focusRequest]);

  const send = async (text: string) => {
    if (!canSend || text.trim() === '') return;
    setSending(true);
    commands.dismissReply();
    try {
      const id = await ensureSession();
      await sendMessage(id, text);
      // Text typed while the message was being stored stays for the next message.
      const ui = useUi.getState();
      if ((ui.drafts[id] ?? '') === draft) ui.setDraft(id, '');
      // Stored: a notice that the disk was full is out of date.
      ui.dismissTopic('disk-full');
    } catch (error) {
      console.error('Sending failed', error);
      // A newer Arbor closed the database: its notice already says to reload.
      if (isClosedForUpgrade(error)) return;
      // Either way the message stays in the box, to be sent again.
      if (isDiskFull(error)) {
        notifyDiskFull(
          'Your message could not be saved: this browser’s storage is full, so it was not sent. It is still in the message box; free some disk space and press Send again.',
        );
      } else {
        reportFailure('Sending')(error);
      }
    } finally {
      setSending(false);
      boxRef.current?.focus();
    }
  };

  const submit = () => {
    const input = readBoxText(draft);
    if (input.kind === 'message') void send(input.text);
    else commands.submit(input);
  };

  return (
    <form
      className="border-t border-stone-200 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {commands.reply && (
        <CommandReplyView reply={commands.reply} onDismiss={commands.dismissReply} />
      )}
      <div className="relative mx-auto flex max-w-3xl items-end gap-2">
        {commands.list && <CommandList {...commands.list} />}
        <textarea
          ref={boxRef}
          aria-label="Message"
          {...commands.boxProps}
          rows={Math.min(8, Math.max(1, draft.split('\n').length))}
          placeholder="Message Arbor (Enter to send, Shift+Enter for a new line, / for commands)"
          className="min-h-10 flex-1 resize-none rounded-md border placeholder:truncate border-stone-300 px-3 py-2 focus:border-emerald-600 focus:ring-1 focus:ring-emerald-600 focus:outline-none"
          value={draft}
          onChange={(e) => useUi.getState().setDraft(sessionId ?? NEW_CHAT_DRAFT, e.target.value)}
          onKeyDown={(e) => {
            if (commands.onKeyDown(e)) return;
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        {turnId ? (
          <Button
            variant="danger"
            onClick={() => {
              stopTurn(turnId);
              boxRef.current?.focus();
            }}
          >
            Stop
          </Button>
        ) : (
          <Button type="submit" variant="primary" disabled={!canSend}>
            Send
          </Button>
        )}
      </div>
    </form>
  );
}
