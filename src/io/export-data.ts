// Reads what an export needs, in one read transaction so the file is a consistent snapshot:
// session rows and their message rows only. The settings table (where the API key lives) is
// never opened here.
import type { ArborDb } from '../db/schema';
import type { MessageRow, SessionRow } from '../db/types';
import { buildExport, serializeExportParts } from './build-export';
import { sessionMarkdown } from './export-markdown';
import { openaiExport, type OpenaiShape } from './export-openai';

interface Rows {
  sessions: SessionRow[];
  messages: MessageRow[];
}

async function readRows(db: ArborDb, sessionIds?: readonly string[]): Promise<Rows> {
  return db.transaction('r', db.sessions, db.messages, async () => {
    if (!sessionIds) {
      const [sessions, messages] = await Promise.all([
        db.sessions.toArray(),
        db.messages.toArray(),
      ]);
      return { sessions, messages };
    }
    const sessions = (await db.sessions.bulkGet([...sessionIds])).filter((s) => s !== undefined);
    const messages = await db.messages
      .where('sessionId')
      .anyOf([...sessionIds])
      .toArray();
    return { sessions, messages };
  });
}

/**
 * The export file's text, in pieces to join or to make a Blob of, for the given sessions, or
 * for every session when none are given.
 */
export async function exportJson(
  db: ArborDb,
  sessionIds?: readonly string[],
  now = new Date(),
): Promise<{ parts: string[]; count: number }> {
  const { sessions, messages } = await readRows(db, sessionIds);
  const parts = serializeExportParts(buildExport(sessions, messages, now));
  return { parts, count: sessions.length };
}

/** The session's active path as Markdown; undefined when the session no longer exists. */
export async function exportMarkdown(db: ArborDb, sessionId: string, now = new Date()) {
  const { sessions, messages } = await readRows(db, [sessionId]);
  const session = sessions[0];
  return session ? sessionMarkdown(session, messages, now) : undefined;
}

/** The session's active path as OpenAI messages or fine-tuning JSONL; undefined when it's gone. */
export async function exportOpenai(db: ArborDb, sessionId: string, shape: OpenaiShape) {
  const { sessions, messages } = await readRows(db, [sessionId]);
  const session = sessions[0];
  return session ? openaiExport(session, messages, shape) : undefined;
}
