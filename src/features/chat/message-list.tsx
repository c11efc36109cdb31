// The active path, oldest first, drawn as a window of it so a chat of 10,000 messages costs
// what a short one does. A chat opens with its newest 4 messages drawn, the rest of the first
// 12 right after that paint, and earlier ones are added as the reader scrolls up. A message
// asked for from the tree view or a fork link is drawn with the messages around it, not with
// everything after it, and later ones are added as the reader scrolls down. The list stays
// scrolled to the newest message while the reader is at the bottom.
import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { ChildrenOf } from '../../db/tree';
import type { MessageRow } from '../../db/types';
import { turnSelectors, useTurns } from '../../engine/turn-store';
import { useUi } from '../../store/ui';
import { MessageView } from './message-view';
import { toolNamesFor } from './tool-names';
import { ShowMoreButton } from './show-more-button';

const NEAR_BOTTOM_PX = 80;
const PAGE_SIZE = 12;
/** Enough to fill the screen in most chats; fewer to draw means an earlier first paint. */
const FIRST_DRAW = 4;
const FOCUS_WAIT_MS = 3000;
const NO_SIBLINGS: readonly MessageRow[] = [];

/** A window around one message, away from the newest end. */
interface Anchor {
  id: string;
  above: number;
  below: number;
}

interface DrawnWindow {
  /** How many of the newest messages are drawn, when there is no anchor that applies. */
  shown: number;
  anchor: Anchor | null;
}

/**
 * The anchor's window, or null when it no longer applies: its message has left the path, or
 * the path now ends inside the window.
 */
function anchoredRange(path: readonly MessageRow[], anchor: Anchor) {
  const index = path.findIndex((m) => m.id === anchor.id);
  if (index < 0 || index + 1 + anchor.below >= path.length) return null;
  return { from: Math.max(0, index - anchor.above), to: index + 1 + anchor.below };
}

/** Which part of the path is drawn: [from, to). */
function drawnRange(path: readonly MessageRow[], { shown, anchor }: DrawnWindow) {
  return (
    (anchor && anchoredRange(path, anchor)) ?? {
      from: Math.max(0, path.length - shown),
      to: path.length,
    }
  );
}

/** The window that draws message `id`, or null when it is drawn already or not on the path. */
function windowShowing(
  path: readonly MessageRow[],
  id: string,
  current: DrawnWindow,
): DrawnWindow | null {
  const index = path.findIndex((m) => m.id === id);
  const { from, to } = drawnRange(path, current);
  if (index < 0 || (index >= from && index < to)) return null;
  if (path.length - index <= PAGE_SIZE) {
    return { shown: Math.max(current.shown, path.length - index + PAGE_SIZE / 2), anchor: null };
  }
  return { shown: current.shown, anchor: { id, above: PAGE_SIZE / 2, below: PAGE_SIZE / 2 } };
}

/**
 * Calls `onInView` when the element comes into view, and again whenever `hidden` (how many
 * messages are left to draw on its side) changes while it is still in view.
 */
function useWhenInView(
  ref: RefObject<HTMLElement | null>,
  hidden: number,
  onInView: () => void,
): void {
  const onEntry = useEffectEvent(onInView);
  useEffect(() => {
    const element = ref.current;
    if (!element || hidden === 0) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onEntry();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, hidden]);
}

export function MessageList({
  sessionId,
  path,
  childrenOf,
}: {
  sessionId: string;
  path: MessageRow[];
  childrenOf: ChildrenOf;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const bottomRef = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const contentRef = useRef<HTMLDivElement>(null);
  // Where Arbor itself last scrolled to: the scroll event that follows is not the reader's.
  const ownScrollTop = useRef<number | null>(null);
  const scrollToBottom = (el: HTMLElement) => {
    el.scrollTop = el.scrollHeight;
    ownScrollTop.current = el.scrollTop;
  };
  const heightBeforeGrowing = useRef<number | null>(null);
  const [shown, setShown] = useState(FIRST_DRAW);
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const turnId = useTurns(turnSelectors.activeTurnIn(sessionId));
  // A reply starting here (a message sent, an edit, a regenerate) brings the reader to it.
  const [seenTurnId, setSeenTurnId] = useState(turnId);
  if (turnId !== seenTurnId) {
    setSeenTurnId(turnId);
    if (turnId) setAnchor(null);
  }
  // An anchor that stops applying gives way to following the newest end, from the same first
  // message, so nothing above the reader disappears.
  if (anchor && !anchoredRange(path, anchor)) {
    const index = path.findIndex((m) => m.id === anchor.id);
    setAnchor(null);
    if (index >= 0) setShown(path.length - Math.max(0, index - anchor.above));
  }
  const focusId = useUi((s) => s.focusMessageId);
  // A message asked for from outside is drawn at once, with the messages around it.
  const requested = useMemo(
    () => (focusId ? windowShowing(path, focusId, { shown, anchor }) : null),
    [path, focusId, shown, anchor],
  );
  const drawn = requested ?? { shown, anchor };
  const { from, to } = drawnRange(path, drawn);
  const anchored = to < path.length;
  const hiddenAbove = from;
  const hiddenBelow = path.length - to;
  const visible = from === 0 && to === path.length ? path : path.slice(from, to);
  const toolNames = useMemo(() => toolNamesFor(path, from, to), [path, from, to]);

  const showEarlier = () => {
    heightBeforeGrowing.current = scrollRef.current?.scrollHeight ?? null;
    if (anchored && drawn.anchor)
      setAnchor({ ...drawn.anchor, above: drawn.anchor.above + PAGE_SIZE });
    else setShown(path.length - from + PAGE_SIZE);
  };

  const showLater = () => {
    if (!drawn.anchor) return;
    if (to + PAGE_SIZE < path.length) {
      setAnchor({ ...drawn.anchor, below: drawn.anchor.below + PAGE_SIZE });
    } else {
      // The window reaches the newest message: from here on it follows the newest end.
      setShown(path.length - from);
      setAnchor(null);
    }
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

  // A reply starting brings the reader to the bottom: the observers below scroll there as the
  // question and the reply are drawn.
  useLayoutEffect(() => {
    if (turnId) stickToBottom.current = true;
  }, [turnId]);

  // Keep the reader's place when earlier messages are added above. The height taken before
  // growing is used by the next commit or not at all. The browser's scroll anchoring stays on:
  // here its anchor is the Show earlier button, above what is inserted, so it moves nothing;
  // while the list follows the newest end, Arbor's own scroll comes after every change; and it
  // is what keeps a reader's place when a message above them grows once drawn (markdown, math).
  // A reader at the bottom has no place to keep: the observer below keeps them there, and the
  // height is not read in the commit (that would force a layout).
  const previousFrom = useRef(from);
  useLayoutEffect(() => {
    const grew = from < previousFrom.current;
    previousFrom.current = from;
    const before = heightBeforeGrowing.current;
    heightBeforeGrowing.current = null;
    const el = scrollRef.current;
    if (grew && el && before !== null && !stickToBottom.current) {
      el.scrollTop += el.scrollHeight - before;
    }
  });

  // A reader at the bottom stays there whenever the content or the list changes size: a message
  // added, a reply streaming, markdown, code and math drawn once they load, the message box
  // growing by a line. The scroll happens once the browser has laid the content out
  // (ResizeObserver reports then, before painting), never inside React's commit, where reading
  // the height would force a layout of the whole page. Observed from a layout effect, so the
  // first report comes before the first paint.
  useLayoutEffect(() => {
    const content = contentRef.current;
    if (!content) return;
    const observer = new ResizeObserver(() => {
      const el = scrollRef.current;
      if (el && stickToBottom.current) scrollToBottom(el);
    });
    observer.observe(content);
    if (scrollRef.current) observer.observe(scrollRef.current);
    return () => observer.disconnect();
  }, []);

  useWhenInView(topRef, hiddenAbove, () => {
    if (!stickToBottom.current) showEarlier();
  });
  useWhenInView(bottomRef, hiddenBelow, showLater);

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
    // Keep the window that shows it once the request is done; these updates land in one render.
    const frame = requestAnimationFrame(() => {
      setShown(drawn.shown);
      setAnchor(drawn.anchor);
      useUi.getState().focusMessage(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusId, path, drawn.shown, drawn.anchor]);

  return (
    <div
      ref={scrollRef}
      className="min-h-0 flex-1 overflow-y-auto"
      onScroll={(e) => {
        const el = e.currentTarget;
        // The event of Arbor's own scroll may arrive after more was drawn; only the reader's
        // scrolling decides whether to follow the newest message.
        if (ownScrollTop.current !== null && Math.abs(el.scrollTop - ownScrollTop.current) < 2) {
          return;
        }
        ownScrollTop.current = null;
        const nearBottom = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
        // Near the bottom of a window that stops short of the newest message is not the bottom.
        stickToBottom.current = nearBottom && !bottomRef.current;
      }}
    >
      <div ref={contentRef} className="mx-auto flex max-w-3xl flex-col gap-3 p-4">
        {hiddenAbove > 0 && (
          <div ref={topRef} className="flex justify-center">
            <ShowMoreButton onClick={showEarlier}>
              Show earlier messages ({hiddenAbove} more)
            </ShowMoreButton>
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
            siblings={childrenOf.get(message.parentId) ?? NO_SIBLINGS}
            toolName={message.tool_call_id ? toolNames.get(message.tool_call_id) : undefined}
          />
        ))}
        {hiddenBelow > 0 && (
          <div ref={bottomRef} className="flex justify-center">
            <ShowMoreButton onClick={showLater}>
              Show later messages ({hiddenBelow} more)
            </ShowMoreButton>
          </div>
        )}
      </div>
    </div>
  );
}
