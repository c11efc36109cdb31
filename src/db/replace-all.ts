// Replace everything: every chat, message and folder gives way to what `write` adds, in ONE
// transaction, and the rows kept per chat or per message elsewhere (drafts, streamed text, token
// counts) go with the chats and messages that are gone, so no row outlives what it belongs to.
// If `write` fails, every chat stays as it was. The search index follows the messages table by
// itself.
import { NEW_CHAT_DRAFT } from './drafts-repo';
import type { ArborDb } from './schema';

export async function replaceAllChats<T>(db: ArborDb, write: () => Promise<T>): Promise<T> {
  return db.transaction(
    'rw',
    [db.sessions, db.messages, db.folders, db.drafts, db.streams, db.tokenCounts],
    async () => {
      await Promise.all([
        db.sessions.clear(),
        db.messages.clear(),
        db.folders.clear(),
        db.tokenCounts.clear(),
      ]);
      const written = await write();
      const chats = new Set(await db.sessions.toCollection().primaryKeys());
      // A draft of a chat still here after the replace stays, and so does the new chat's.
      const drafted = await db.drafts.toCollection().primaryKeys();
      await db.drafts.bulkDelete(drafted.filter((id) => id !== NEW_CHAT_DRAFT && !chats.has(id)));
      const streamed = await db.streams.toCollection().primaryKeys();
      const messages = await db.messages.where(':id').anyOf(streamed).primaryKeys();
      const kept = new Set(messages);
      await db.streams.bulkDelete(streamed.filter((id) => !kept.has(id)));
      return written;
    },
  );
}
