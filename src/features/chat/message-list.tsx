// The active path, oldest first, kept scrolled to the newest message while the reader is
// at the bottom. A message asked for by the tree view or a fork link is scrolled into view.
import { useEffect, useRef } from 'react';
import type { MessageRow } from '../../db/types';
import { generationSelectors, useGeneration } from '../../store/generation';
import { useUi } from '../../store/ui';
import { MessageView } from './message-view';

const NEAR_BOTTOM_PX = 80;
const NO_SIBLINGS: readonly MessageRow[] = [];

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
  const stickToBottom = useRef(true);
  const runningId = useGeneration(generationSelectors.runningIn(sessionId));
  const liveLength = useGeneration((s) =>
    runningId ? (s.running[runningId]?.text.length ?? 0) : 0,
  );
  const focusId = useUi((s) => s.focusMessageId);

  useEffect(() => {
    stickToBottom.current = true;
  }, [sessionId]);

  useEffect(() => {
    const el = scrollRef.current;
    if (el && stickToBottom.current && !focusId) el.scrollTop = el.scrollHeight;
  }, [path, liveLength, focusId]);

  useEffect(() => {
    if (!focusId) return;
    const target = scrollRef.current?.querySelector(`[data-message-id="${CSS.escape(focusId)}"]`);
    if (!target) return;
    stickToBottom.current = false;
    target.scrollIntoView({ block: 'center' });
    useUi.getState().focusMessage(null);
  }, [focusId, path]);

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
        {path.map((message) => (
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
