// The text of a reply while it streams: from this tab's turn store when this tab runs the turn,
// otherwise from the streams table that the worker running it writes in batches.
import { useLiveQuery } from 'dexie-react-hooks';
import { readStreamedText } from '../../db/queries';
import type { MessageRow } from '../../db/types';
import { turnSelectors, useTurns } from '../../engine/turn-store';

export function useStreamedText(message: MessageRow): string | undefined {
  const streamingHere = useTurns(turnSelectors.streamingInto(message.id));
  // Just after this tab's turn ends, its row on screen may still say streaming for a moment.
  const text = useTurns(turnSelectors.textOf(message.id));
  const local = streamingHere || message.status === 'streaming' ? text : undefined;
  const streamingElsewhere = local === undefined && message.status === 'streaming';
  const stored = useLiveQuery(
    async () => (streamingElsewhere ? await readStreamedText(message.id) : undefined),
    [message.id, streamingElsewhere],
  );
  return local ?? stored;
}
