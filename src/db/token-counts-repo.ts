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

/** Up to this many counts, the check for deleted messages looks each one up. */
const FEW_COUNTS = 100;

/**
 * Keeps messages' counts for an encoding, next to any they have for another. Written in chunks,
 * so a reply reading counts never waits behind 10,000 of them. A message deleted while it was
 * being counted keeps no count: the delete takes the counts written before it, and the check
 * after the writes (even when one failed) those written after it. Each count is kept only if its
 * message is in the chat the count names.
 */
export async function saveTokenCounts(
  encoding: string,
  counts: readonly { id: string; sessionId: string; tokens: number }[],
): Promise<void> {
  try {
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
  } finally {
    await dropCountsOfDeleted(counts);
  }
}

async function dropCountsOfDeleted(
  counts: readonly { id: string; sessionId: string }[],
): Promise<void> {
  const here = new Set<string>();
  if (counts.length <= FEW_COUNTS) {
    const rows = await db.messages.bulkGet(counts.map((c) => c.id));
    for (const row of rows) if (row) here.add(`${row.sessionId}\n${row.id}`);
  } else {
    // A chat's message keys in one request by its index: looking up thousands of ids one by
    // one holds the messages for seconds, and a send's write waits behind that.
    for (const sessionId of new Set(counts.map((c) => c.sessionId))) {
      const ids = await db.messages.where('sessionId').equals(sessionId).primaryKeys();
      for (const id of ids) here.add(`${sessionId}\n${id}`);
    }
  }
  const gone = counts.filter((c) => !here.has(`${c.sessionId}\n${c.id}`)).map((c) => c.id);
  if (gone.length > 0) await db.tokenCounts.bulkDelete(gone);
}
