// The text of a reply while it streams: from this tab's generation store when this tab is
// streaming it, otherwise from the streams table that the streaming tab writes in batches.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/schema';
import type { MessageRow } from '../../db/types';
import { generationSelectors, useGeneration } from '../../store/generation';

export function useStreamedText(message: MessageRow): string | undefined {
  const running = useGeneration(generationSelectors.textOf(message.id));
  // Just after this tab ends a reply, its row on screen may still say streaming for a moment.
  const justFinished = useGeneration(generationSelectors.finishedTextOf(message.id));
  const local = running ?? (message.status === 'streaming' ? justFinished : undefined);
  const streamingElsewhere = local === undefined && message.status === 'streaming';
  const stored = useLiveQuery(
    async () => (streamingElsewhere ? (await db.streams.get(message.id))?.content : undefined),
    [message.id, streamingElsewhere],
  );
  return local ?? stored;
}
