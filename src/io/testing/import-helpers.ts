// Helpers for import tests: run the whole restore pipeline on some text against a database,
// and read back what it holds.
import type { ArborDb } from '../../db/schema';
import { indexMessages, pathTo } from '../../db/tree';
import type { MessageRow, SessionRow } from '../../db/types';
import { ImportJob, type ImportSummary } from '../import-job';
import { textSource } from '../import-source';

export interface Imported {
  preview: ImportSummary;
  result: ImportSummary;
}

export async function importTexts(
  db: ArborDb,
  files: readonly { name: string; text: string }[],
): Promise<Imported> {
  const job = new ImportJob(db);
  const preview = await job.load(files.map((f) => textSource(f.name, f.text, 1_600_000_000_000)));
  return { preview, result: await job.commit() };
}

export function importText(db: ArborDb, text: string, name = 'import.json'): Promise<Imported> {
  return importTexts(db, [{ name, text }]);
}

export interface StoredSession {
  session: SessionRow;
  messages: MessageRow[];
  path: MessageRow[];
}

export async function storedSessions(db: ArborDb): Promise<StoredSession[]> {
  const sessions = (await db.sessions.toArray()).sort((a, b) => a.createdAt - b.createdAt);
  const messages = await db.messages.toArray();
  return sessions.map((session) => {
    const own = messages.filter((m) => m.sessionId === session.id);
    return { session, messages: own, path: pathTo(indexMessages(own), session.activeLeafId) };
  });
}

export async function clearDb(db: ArborDb): Promise<void> {
  await Promise.all(
    [db.sessions, db.messages, db.settings, db.tokenCounts].map((table) => table.clear()),
  );
}

export async function everything(db: ArborDb): Promise<string> {
  const [sessions, messages, settings] = await Promise.all([
    db.sessions.toArray(),
    db.messages.toArray(),
    db.settings.toArray(),
  ]);
  return JSON.stringify({ sessions, messages, settings });
}

/** The source id a converter derived a message id from (`<sessionId>:<sourceId>`). */
export function sourceIdOf(m: MessageRow): string {
  return m.id.slice(m.id.indexOf(':') + 1);
}
