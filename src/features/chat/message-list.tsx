// The active path, oldest first, kept scrolled to the newest message while the reader is
// at the bottom.
import { useEffect, useRef } from 'react';
import type { MessageRow } from '../../db/types';
import { generationSelectors, useGeneration } from '../../store/generation';
import { MessageView } from './message-view';

const NEAR_BOTTOM_PX = 80;

export function MessageList({
  sessionId,
  path,
  onRetry,
}: {
  sessionId: string;
  path: MessageRow[];
  onRetry: (message: MessageRow) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const runningId = useGeneration(generationSelectors.runningIn(sessionId));
  const liveLength = useGeneration((s) =>
    runningId ? (s.running[runningId]?.text.length ?? 0) : 0,
  );

  useEffect(() => {
    stickToBottom.current = true;
  }, [sessionId]);

  useEffect(() => {
    const el = scrollRef.current;
    if (el && stickToBottom.current) el.scrollTop = el.scrollHeight;
  }, [path, liveLength]);

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
          <MessageView key={message.id} message={message} onRetry={onRetry} />
        ))}
      </div>
    </div>
  );
}
