// Unsent drafts, one row per chat. Clearing a draft removes its row, so the table only ever
// holds text somebody typed and has not sent.
import { z } from 'zod/mini';
import { clearStash, readStash } from './draft-stash';
import { db } from './schema';

/** The key of the draft typed before the first message creates a chat. */
export const NEW_CHAT_DRAFT = '';

/**
 * Stores `text` as the chat's draft. An empty text removes the row, but only while it still
 * holds `replaces` (what this tab last stored or loaded): a draft another tab saved since is
 * kept.
 */
export async function saveDraft(sessionId: string, text: string, replaces: string): Promise<void> {
  if (text !== '') {
    await db.drafts.put({ sessionId, text, updatedAt: Date.now() });
    return;
  }
  await db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.get(sessionId);
    if (stored?.text === replaces) await db.drafts.delete(sessionId);
  });
}

/**
 * Every saved draft by chat id, after moving in what a closing page stashed. Drafts of chats
 * deleted since, and rows this version cannot read, are removed on the way.
 */
export async function loadDrafts(): Promise<Record<string, string>> {
  const stashed = readStash();
  const kept = await db.transaction('rw', db.drafts, db.sessions, async () => {
    for (const [id, { text, replaces }] of Object.entries(stashed)) {
      await saveDraft(id, text, replaces);
    }
    const rows = await db.drafts.toArray();
    const sessions = await db.sessions.bulkGet(rows.map((row) => row.sessionId));
    const drafts: Record<string, string> = {};
    const dropped: string[] = [];
    rows.forEach((row, i) => {
      const text = z.string().safeParse(row.text);
      if (!text.success) console.warn('Dropped a stored draft Arbor cannot read', text.error);
      const chatExists = row.sessionId === NEW_CHAT_DRAFT || sessions[i] !== undefined;
      if (text.success && chatExists) drafts[row.sessionId] = text.data;
      else dropped.push(row.sessionId);
    });
    await db.drafts.bulkDelete(dropped);
    return drafts;
  });
  clearStash();
  return kept;
}
