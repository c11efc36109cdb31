// The active path, oldest first. A chat opens with its newest 4 messages drawn, the rest of the
// first 12 right after that paint, so a chat of 10,000 messages opens as fast as a short one;
// earlier ones are added as the reader scrolls up. The list stays scrolled to the newest
// message while the reader is at the bottom.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MessageRow } from '../../db/types';
import { generationSelectors, useGeneration } from '../../store/generation';
import { useUi } from '../../store/ui';
import { MessageView } from './message-view';

const NEAR_BOTTOM_PX = 80;
const PAGE_SIZE = 12;
/** Enough to fill the screen in most chats; fewer to draw means an earlier first paint. */
const FIRST_DRAW = 4;
const FOCUS_WAIT_MS = 3000;
const NO_SIBLINGS: readonly MessageRow[] = [];

/** How many of the newest messages must be drawn for `id` to be among them. */
function shownToInclude(path: readonly MessageRow[], id: string | null): number {
  const index = id ? path.findIndex((m) => m.id === id) : -1;
  return index >= 0 ? path.length - index + PAGE_SIZE / 2 : 0;
}

export function MessageList({
  sessionId,
  path,
  childrenOf,
}: {
  sessionId: string;
  path: MessageRow[];
  childrenOf: Map<string, MessageRow[]>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const heightBeforeGrowing = useRef<number | null>(null);
  const [shown, setShown] = useState(FIRST_DRAW);
  const runningId = useGeneration(generationSelectors.runningIn(sessionId));
  const liveLength = useGeneration((s) =>
    runningId ? (s.running[runningId]?.text.length ?? 0) : 0,
  );
  const focusId = useUi((s) => s.focusMessageId);
  // A message asked for from outside (the tree view, a fork link) is drawn even when it is
  // older than the messages shown so far.
  const wanted = Math.max(shown, shownToInclude(path, focusId));
  const hidden = Math.max(0, path.length - wanted);
  const visible = hidden > 0 ? path.slice(hidden) : path;

  const showEarlier = () => {
    heightBeforeGrowing.current = scrollRef.current?.scrollHeight ?? null;
    setShown((n) => n + PAGE_SIZE);
  };

  // The rest of the first page, once the first draw is on screen.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        heightBeforeGrowing.current = scrollRef.current?.scrollHeight ?? null;
        setShown((n) => Math.max(n, PAGE_SIZE));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);

  // Keep the reader's place when earlier messages are added above.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || heightBeforeGrowing.current === null) return;
    el.scrollTop += el.scrollHeight - heightBeforeGrowing.current;
    heightBeforeGrowing.current = null;
  }, [shown]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && stickToBottom.current) el.scrollTop = el.scrollHeight;
  }, [path, liveLength]);

  useEffect(() => {
    const top = topRef.current;
    if (!top || hidden === 0) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !stickToBottom.current) showEarlier();
    });
    observer.observe(top);
    return () => observer.disconnect();
  }, [hidden]);

  useEffect(() => {
    if (!focusId) return;
    const target = scrollRef.current?.querySelector(`[data-message-id="${CSS.escape(focusId)}"]`);
    if (!target) {
      // Not on this path after all (e.g. deleted meanwhile): drop the request.
      const timer = setTimeout(() => useUi.getState().focusMessage(null), FOCUS_WAIT_MS);
      return () => clearTimeout(timer);
    }
    stickToBottom.current = false;
    target.scrollIntoView({ block: 'center' });
    // Keep it drawn once the request is done; both updates land in one render.
    const frame = requestAnimationFrame(() => {
      setShown((n) => Math.max(n, wanted));
      useUi.getState().focusMessage(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusId, path, wanted]);

  return (
    <div
      ref={scrollRef}
      className="min-h-0 flex-1 overflow-y-auto"
      onScroll={(e) => {
        const el = e.currentTarget;
        stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
      }}
    >
      <div className="mx-auto flex max-w-3xl flex-col gap-3 p-4">
        {hidden > 0 && (
          <div ref={topRef} className="flex justify-center">
            <button
              type="button"
              className="rounded-md px-3 py-1 text-sm text-emerald-800 hover:bg-emerald-50"
              onClick={showEarlier}
            >
              Show earlier messages ({hidden} more)
            </button>
          </div>
        )}
        {path.length === 0 && (
          <p className="py-8 text-center text-sm text-stone-500">
            This chat is empty. Type below to start.
          </p>
        )}
        {visible.map((message) => (
          <MessageView
            key={message.id}
            message={message}
            siblings={childrenOf.get(message.parentId ?? '') ?? NO_SIBLINGS}
            busy={runningId !== undefined}
          />
        ))}
      </div>
    </div>
  );
}
