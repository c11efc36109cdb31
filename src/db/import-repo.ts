// The database side of an import: read what a plan must know about (sessions sharing an id
// or updatedAt with the incoming ones, their messages, incoming message ids already taken),
// then write the whole import in ONE transaction, deciding again inside it so another tab's
// writes since the preview are seen. Rows are added, never put: a clash aborts the whole
// import instead of overwriting, and a failed import leaves nothing behind. The file's folders
// are added unless a folder with that id is already here, whose chats they then join.
import type { ArborDb } from './schema';
import type { FolderRow, MessageRow, SessionRow } from './types';

export interface ImportLookup {
  sessionIds: string[];
  updatedAts: number[];
  messageIds: string[];
}

/** What an import's candidates meet in the database. */
export interface ExistingRows {
  /** Stored sessions sharing an id or an updatedAt with some candidate. */
  sessions: SessionRow[];
  /** The messages of those sessions. */
  messages: MessageRow[];
  /** Candidate message ids that are already taken by stored messages. */
  takenMessageIds: string[];
}

export interface ImportWrite {
  write: readonly { session: SessionRow; messages: readonly MessageRow[] }[];
}

const WRITE_CHUNK = 2000;

async function readExisting(db: ArborDb, lookup: ImportLookup): Promise<ExistingRows> {
  const [byId, byTime, taken] = await Promise.all([
    db.sessions.bulkGet(lookup.sessionIds),
    db.sessions.where('updatedAt').anyOf(lookup.updatedAts).toArray(),
    db.messages.where(':id').anyOf(lookup.messageIds).primaryKeys(),
  ]);
  const sessions = new Map<string, SessionRow>();
  for (const s of [...byId, ...byTime]) if (s) sessions.set(s.id, s);
  const messages = await db.messages
    .where('sessionId')
    .anyOf([...sessions.keys()])
    .toArray();
  return { sessions: [...sessions.values()], messages, takenMessageIds: taken };
}

/** Runs `decide` against the stored rows without writing anything (for the preview). */
export async function decideAgainstDb<T>(
  db: ArborDb,
  lookup: ImportLookup,
  decide: (existing: ExistingRows) => T,
): Promise<T> {
  return db.transaction('r', db.sessions, db.messages, async () =>
    decide(await readExisting(db, lookup)),
  );
}

/**
 * Decides and writes in one transaction. `onProgress(done, total)` is called as message rows
 * are added, in chunks so the browser can paint between them.
 */
export async function writeImport<T extends ImportWrite>(
  db: ArborDb,
  lookup: ImportLookup,
  decide: (existing: ExistingRows) => T,
  onProgress?: (done: number, total: number) => void,
  folders: readonly FolderRow[] = [],
  /** The folders the import's chats are in. */
  foldersOfChats: ReadonlySet<string | undefined> = new Set(),
): Promise<T> {
  return db.transaction('rw', db.sessions, db.messages, db.folders, async () => {
    const plan = decide(await readExisting(db, lookup));
    // A folder comes in with a chat written into it, or as the empty folder it was; a folder
    // whose chats are all here already would only come in empty.
    const filled = new Set(plan.write.map((w) => w.session.folderId));
    const wanted = folders.filter((f) => filled.has(f.id) || !foldersOfChats.has(f.id));
    const here = await db.folders.bulkGet(wanted.map((f) => f.id));
    await db.folders.bulkAdd(wanted.filter((_, i) => here[i] === undefined));
    await db.sessions.bulkAdd(plan.write.map((w) => w.session));
    const rows = plan.write.flatMap((w) => w.messages);
    for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
      await db.messages.bulkAdd(rows.slice(i, i + WRITE_CHUNK));
      onProgress?.(Math.min(i + WRITE_CHUNK, rows.length), rows.length);
    }
    return plan;
  });
}
