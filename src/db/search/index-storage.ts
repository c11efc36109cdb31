// What the search index reads from and keeps in IndexedDB: the ids of the messages to index,
// the messages themselves, and the index's saved weeks.
import { Dexie, type ObservabilitySet } from 'dexie';
import { z } from 'zod';
import { db, type SearchIndexRow } from '../schema';
import type { MessageRow, SessionRow } from '../types';

/**
 * Calls `onChange` after every committed write to the messages table, in this tab, another tab or
 * a worker; returns the function that stops it. Only says that something changed: reading what
 * changed is the caller's, when it chooses.
 */
export function followMessageWrites(onChange: () => void): () => void {
  const messages = `idb://${db.name}/${db.messages.name}/`;
  const listener = (parts: ObservabilitySet) => {
    // `all`: Dexie's word for "anything may have changed" (the database deleted, say).
    if ('all' in parts || Object.keys(parts).some((part) => part.startsWith(messages))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

/**
 * The ids of every message whose text is final. A message's text changes only when it stops
 * streaming (it is written once more then, with its outcome), so a message indexed once it is
 * final never needs indexing again; it only leaves the index when it is deleted.
 */
export async function finalMessageIds(): Promise<string[]> {
  const [all, streaming] = await Promise.all([
    db.messages.orderBy('status').primaryKeys(),
    db.messages.where('status').equals('streaming').primaryKeys(),
  ]);
  if (streaming.length === 0) return all;
  const live = new Set(streaming);
  return all.filter((id) => !live.has(id));
}

export async function readMessages(ids: readonly string[]): Promise<MessageRow[]> {
  return (await db.messages.bulkGet([...ids])).filter((m) => m !== undefined);
}

export async function readSessions(ids: readonly string[]): Promise<SessionRow[]> {
  return (await db.sessions.bulkGet([...new Set(ids)])).filter((s) => s !== undefined);
}

const savedWeekSchema = z.object({
  week: z.number(),
  format: z.number(),
  ids: z.array(z.string()),
  index: z.string(),
});

/**
 * The saved weeks in `format`. Rows of another format or shape are dropped: their messages are
 * then missing from the index, which indexes them again.
 */
export async function loadSavedWeeks(format: number): Promise<SearchIndexRow[]> {
  const weeks = await db.searchIndex.toCollection().primaryKeys();
  const rows: unknown[] = await db.searchIndex.bulkGet(weeks);
  const usable: SearchIndexRow[] = [];
  const unusable: number[] = [];
  rows.forEach((row, i) => {
    const parsed = savedWeekSchema.safeParse(row);
    if (parsed.success && parsed.data.format === format) usable.push(parsed.data);
    else unusable.push(weeks[i] ?? NaN);
  });
  if (unusable.length > 0) await db.searchIndex.bulkDelete(unusable);
  return usable;
}

/** Writes the weeks that changed and drops the ones now empty, together. */
export async function saveWeeks(
  changed: readonly SearchIndexRow[],
  emptied: readonly number[],
): Promise<void> {
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.bulkDelete([...emptied]);
    await db.searchIndex.bulkPut([...changed]);
  });
}
