// The reads the screen runs as live queries. The UI reads through these and writes through the
// repositories; it never touches the database object itself.
import { db } from './schema';
import type { FolderRow, MessageRow, ProviderRow, SessionRow } from './types';

const newestFirst = (a: SessionRow, b: SessionRow) =>
  b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Every chat, or the newest `limit`, by last activity (ties: the higher id first). */
export async function listSessionsNewestFirst(limit?: number): Promise<SessionRow[]> {
  if (limit !== undefined) return db.sessions.orderBy('updatedAt').reverse().limit(limit).toArray();
  // Every row is read by primary key and sorted here: in a live query, rows read through an
  // index have each of their keys added to Dexie's watched ranges one by one, which for 2,000
  // chats was a main-thread task of its own; a whole-table read watches one range.
  return (await db.sessions.toArray()).sort(newestFirst);
}

/** Every folder, by title. */
export async function listFolders(): Promise<FolderRow[]> {
  const folders = await db.folders.toArray();
  return folders.sort((a, b) => a.title.localeCompare(b.title) || a.createdAt - b.createdAt);
}

/** How many chats each folder holds, by folder id (read from the index alone). */
export async function countChatsByFolder(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const key of await db.sessions.orderBy('folderId').keys()) {
    if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function readFolder(id: string): Promise<FolderRow | undefined> {
  return db.folders.get(id);
}

/** The ids of the chats in a folder. */
export function sessionIdsInFolder(folderId: string): Promise<string[]> {
  return db.sessions.where('folderId').equals(folderId).primaryKeys();
}

export function newestSession(): Promise<SessionRow | undefined> {
  return db.sessions.orderBy('updatedAt').last();
}

/** The newest chat not among `ids` (the chats being deleted, say). */
export function newestSessionExcept(ids: readonly string[]): Promise<SessionRow | undefined> {
  const skipped = new Set(ids);
  return db.sessions
    .orderBy('updatedAt')
    .reverse()
    .filter((session) => !skipped.has(session.id))
    .first();
}

export function countSessions(): Promise<number> {
  return db.sessions.count();
}

export function readSession(id: string): Promise<SessionRow | undefined> {
  return db.sessions.get(id);
}

export function readMessage(id: string): Promise<MessageRow | undefined> {
  return db.messages.get(id);
}

/** A chat and every message of it, on every branch, as of one moment. */
export function readSessionTree(
  sessionId: string,
): Promise<{ session: SessionRow | undefined; rows: MessageRow[] }> {
  return db.transaction('r', db.sessions, db.messages, async () => {
    const [session, rows] = await Promise.all([
      db.sessions.get(sessionId),
      db.messages.where('sessionId').equals(sessionId).toArray(),
    ]);
    return { session, rows };
  });
}

/** The text of a reply while another tab streams it. */
export async function readStreamedText(messageId: string): Promise<string | undefined> {
  return (await db.streams.get(messageId))?.content;
}

/** Every provider, oldest first: the order they were added in. */
export async function listProviders(): Promise<ProviderRow[]> {
  return (await db.providers.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

export function readProvider(id: string): Promise<ProviderRow | undefined> {
  return db.providers.get(id);
}

/** False on the first run, before any provider was added. */
export async function hasProviders(): Promise<boolean> {
  return (await db.providers.count()) > 0;
}
