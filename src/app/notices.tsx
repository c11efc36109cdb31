// Transient notices, with an optional action such as Undo. On a wide screen they sit at the
// bottom of the session list, where they cover no control of the chat; on a narrow one, below
// the chat header.
import { useEffect } from 'react';
import { useUi, type Notice } from '../store/ui';
import { Button } from '../components/ui/button';
import { UpdateNotice } from './update-notice';

const NOTICE_MS = 8000;

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useUi((s) => s.dismiss);
  // A full disk or a lost connection lasts: its notice stays until that is over.
  const stays = notice.topic !== undefined;
  useEffect(() => {
    if (stays) return;
    const timer = setTimeout(() => dismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [dismiss, notice.id, stays]);
  const tone =
    notice.tone === 'error' ? 'border-red-300 bg-red-50 text-red-900' : 'border-stone-300 bg-white';
  return (
    <div
      role={notice.tone === 'error' ? 'alert' : 'status'}
      className={`pointer-events-auto flex items-center gap-3 rounded-md border px-3 py-2 text-sm shadow ${tone}`}
    >
      <span>{notice.text}</span>
      {notice.action && (
        <Button
          onClick={() => {
            notice.action?.run();
            dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </Button>
      )}
      <Button variant="ghost" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
        ×
      </Button>
    </div>
  );
}

export function Notices() {
  const notices = useUi((s) => s.notices);
  return (
    <div className="pointer-events-none fixed top-32 right-4 left-4 z-50 flex flex-col items-end gap-2 md:top-auto md:right-auto md:bottom-4 md:w-64 md:items-stretch">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
      <UpdateNotice />
    </div>
  );
}
