// Token counts kept per message (the tokenCounts table), so a long chat is counted once. The
// table is read only by the workers that count: writing it wakes no query of the page.
import { db } from './schema';

/** Each message's kept count for `encoding`, in the order of `ids`; undefined where none is. */
export async function readTokenCounts(
  ids: readonly string[],
  encoding: string,
): Promise<(number | undefined)[]> {
  const rows = await db.tokenCounts.bulkGet([...ids]);
  return rows.map((row) => row?.counts[encoding]);
}

/** Keeps messages' counts for an encoding, next to any they have for another. */
export async function saveTokenCounts(
  encoding: string,
  counts: readonly { id: string; sessionId: string; tokens: number }[],
): Promise<void> {
  await db.transaction('rw', db.tokenCounts, async () => {
    const kept = await db.tokenCounts.bulkGet(counts.map((c) => c.id));
    await db.tokenCounts.bulkPut(
      counts.map(({ id, sessionId, tokens }, i) => ({
        id,
        sessionId,
        counts: { ...kept[i]?.counts, [encoding]: tokens },
      })),
    );
  });
}
