// Reads what an export needs, in one read transaction so the file is a consistent snapshot:
// session rows, their message rows and the folders they are in only. The settings table (where
// the API key lives) is never opened here.
import type { ArborDb } from '../db/schema';
import type { FolderRow, MessageRow, SessionRow } from '../db/types';
import { buildExport, serializeExportParts } from './build-export';
import { sessionMarkdown } from './export-markdown';
import { openaiExport, type OpenaiShape } from './export-openai';

interface Rows {
  sessions: SessionRow[];
  messages: MessageRow[];
  folders: FolderRow[];
}

/** What to export: every chat, some chats, or one folder with the chats in it. */
export type ExportScope = { sessionIds?: readonly string[] } | { folderId: string };

async function readRows(db: ArborDb, scope: ExportScope = {}): Promise<Rows> {
  return db.transaction('r', db.sessions, db.messages, db.folders, async () => {
    if ('folderId' in scope) {
      const folder = await db.folders.get(scope.folderId);
      if (!folder) throw new Error('this folder no longer exists');
      const sessions = await db.sessions.where('folderId').equals(scope.folderId).toArray();
      const messages = await db.messages
        .where('sessionId')
        .anyOf(sessions.map((s) => s.id))
        .toArray();
      return { sessions, messages, folders: [folder] };
    }
    const { sessionIds } = scope;
    if (!sessionIds) {
      const [sessions, messages, folders] = await Promise.all([
        db.sessions.toArray(),
        db.messages.toArray(),
        db.folders.toArray(),
      ]);
      // Empty folders travel too, so a restore gives back every folder.
      return { sessions, messages, folders };
    }
    const sessions = (await db.sessions.bulkGet([...sessionIds])).filter((s) => s !== undefined);
    const messages = await db.messages
      .where('sessionId')
      .anyOf([...sessionIds])
      .toArray();
    const folderIds = [...new Set(sessions.flatMap((s) => (s.folderId ? [s.folderId] : [])))];
    const folders = (await db.folders.bulkGet(folderIds)).filter((f) => f !== undefined);
    return { sessions, messages, folders };
  });
}

/**
 * The export file's text, in pieces to join or to make a Blob of, for the given sessions, a
 * folder, or every session when none are given.
 */
export async function exportJson(
  db: ArborDb,
  scope: ExportScope = {},
  now = new Date(),
): Promise<{ parts: string[]; count: number }> {
  const { sessions, messages, folders } = await readRows(db, scope);
  const parts = serializeExportParts(buildExport(sessions, messages, now, folders));
  return { parts, count: sessions.length };
}

/** The session's active path as Markdown; undefined when the session no longer exists. */
export async function exportMarkdown(db: ArborDb, sessionId: string, now = new Date()) {
  const { sessions, messages } = await readRows(db, { sessionIds: [sessionId] });
  const session = sessions[0];
  return session ? sessionMarkdown(session, messages, now) : undefined;
}

/** The session's active path as OpenAI messages or fine-tuning JSONL; undefined when it's gone. */
export async function exportOpenai(db: ArborDb, sessionId: string, shape: OpenaiShape) {
  const { sessions, messages } = await readRows(db, { sessionIds: [sessionId] });
  const session = sessions[0];
  return session ? openaiExport(session, messages, shape) : undefined;
}
