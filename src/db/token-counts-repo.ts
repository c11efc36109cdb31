// Token counts kept per message (the tokenCounts table), so a long chat is counted once. The
// table is read only by the workers that count: writing it wakes no query of the page.
import { db } from './schema';

/**
 * Each message's kept count for `encoding`, in the order of `ids` (messages of the chat
 * `sessionId`); undefined where none is. The chat's counts come in one read by its index:
 * getting 10,000 keys one by one is 10,000 requests.
 */
export async function readTokenCounts(
  sessionId: string,
  ids: readonly string[],
  encoding: string,
): Promise<(number | undefined)[]> {
  const rows = await db.tokenCounts.where('sessionId').equals(sessionId).toArray();
  const byId = new Map(rows.map((row) => [row.id, row.counts[encoding]]));
  return ids.map((id) => byId.get(id));
}

/** A write of counts this size takes a few milliseconds; a reader waits for one at most. */
const WRITE_CHUNK = 1000;

/**
 * Keeps messages' counts for an encoding, next to any they have for another. Written in chunks,
 * so a reply reading counts never waits behind 10,000 of them. A message deleted while it was
 * being counted keeps no count: the delete takes the counts written before it, and the check
 * after the writes those written after it. The check reads each chat's message keys in one
 * request by its index (looking up 10,000 ids one by one holds the messages for seconds).
 */
export async function saveTokenCounts(
  encoding: string,
  counts: readonly { id: string; sessionId: string; tokens: number }[],
): Promise<void> {
  for (let i = 0; i < counts.length; i += WRITE_CHUNK) {
    const chunk = counts.slice(i, i + WRITE_CHUNK);
    await db.transaction('rw', db.tokenCounts, async () => {
      const kept = await db.tokenCounts.bulkGet(chunk.map((c) => c.id));
      await db.tokenCounts.bulkPut(
        chunk.map(({ id, sessionId, tokens }, j) => ({
          id,
          sessionId,
          counts: { ...kept[j]?.counts, [encoding]: tokens },
        })),
      );
    });
  }
  const here = new Set<string>();
  for (const sessionId of new Set(counts.map((c) => c.sessionId))) {
    const ids = await db.messages.where('sessionId').equals(sessionId).primaryKeys();
    for (const id of ids) here.add(id);
  }
  const gone = counts.filter(({ id }) => !here.has(id)).map(({ id }) => id);
  if (gone.length > 0) await db.tokenCounts.bulkDelete(gone);
}
