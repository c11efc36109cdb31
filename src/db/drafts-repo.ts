// Unsent drafts, one row per chat. Saving an empty draft removes its row, so the table only
// ever holds text somebody typed and has not sent.
import { z } from 'zod';
import { db } from './schema';

const storedDraftSchema = z.object({ sessionId: z.string(), text: z.string() });

/** The key of the draft typed before the first message creates a chat. */
export const NEW_CHAT_DRAFT = '';

export async function saveDraft(sessionId: string, text: string): Promise<void> {
  if (text === '') await db.drafts.delete(sessionId);
  else await db.drafts.put({ sessionId, text, updatedAt: Date.now() });
}

/**
 * Every saved draft by chat id. Drafts of chats deleted since, and rows this version cannot
 * read, are removed on the way.
 */
export async function loadDrafts(): Promise<Record<string, string>> {
  return db.transaction('rw', db.drafts, db.sessions, async () => {
    // Both come in primary-key order, so they line up.
    const keys = await db.drafts.toCollection().primaryKeys();
    const rows: unknown[] = await db.drafts.toArray();
    const sessions = await db.sessions.bulkGet(keys);
    const kept: Record<string, string> = {};
    const dropped: string[] = [];
    keys.forEach((key, i) => {
      const row = storedDraftSchema.safeParse(rows[i]);
      if (!row.success) console.warn('Dropped a stored draft Arbor cannot read', row.error);
      if (row.success && (key === NEW_CHAT_DRAFT || sessions[i])) kept[key] = row.data.text;
      else dropped.push(key);
    });
    await db.drafts.bulkDelete(dropped);
    return kept;
  });
}
