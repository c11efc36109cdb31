// All writes to sessions: create, rename, settings, clear (with undo) and delete.
// Each write that touches more than one row runs in one transaction, so it is all or nothing.
import { db } from './schema';
import type { MessageRow, SessionRow } from './types';
import { newId } from '../lib/ids';

export const DEFAULT_TITLE = 'New chat';

export interface NewSessionDefaults {
  model: string;
  systemPrompt: string;
}

export async function createSession(defaults: NewSessionDefaults): Promise<string> {
  const now = Date.now();
  const session: SessionRow = {
    id: newId(),
    title: DEFAULT_TITLE,
    titleIsCustom: false,
    createdAt: now,
    updatedAt: now,
    model: defaults.model,
    systemPrompt: defaults.systemPrompt,
    params: {},
    activeLeafId: null,
  };
  await db.sessions.add(session);
  return session.id;
}

export async function renameSession(id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (!trimmed) return;
  await db.sessions.update(id, { title: trimmed, titleIsCustom: true });
}

export async function updateSessionSettings(
  id: string,
  changes: Partial<Pick<SessionRow, 'model' | 'systemPrompt' | 'params'>>,
): Promise<void> {
  await db.sessions.update(id, changes);
}

/** What a clear or delete removed, so it can be put back exactly. */
export interface SessionSnapshot {
  session: SessionRow;
  messages: MessageRow[];
}

async function snapshot(id: string): Promise<SessionSnapshot | undefined> {
  const session = await db.sessions.get(id);
  if (!session) return undefined;
  const messages = await db.messages.where('sessionId').equals(id).toArray();
  return { session, messages };
}

/** Empties the session's messages (every branch) and keeps the session and its settings. */
export async function clearSession(id: string): Promise<SessionSnapshot | undefined> {
  return db.transaction('rw', db.sessions, db.messages, async () => {
    const before = await snapshot(id);
    if (!before) return undefined;
    await db.messages.where('sessionId').equals(id).delete();
    await db.sessions.update(id, { activeLeafId: null, updatedAt: Date.now() });
    return before;
  });
}

export async function deleteSession(id: string): Promise<SessionSnapshot | undefined> {
  return db.transaction('rw', db.sessions, db.messages, async () => {
    const before = await snapshot(id);
    if (!before) return undefined;
    await db.messages.where('sessionId').equals(id).delete();
    await db.sessions.delete(id);
    return before;
  });
}

/** Puts a cleared or deleted session back as it was, replacing whatever it holds now. */
export async function restoreSnapshot(saved: SessionSnapshot): Promise<void> {
  await db.transaction('rw', db.sessions, db.messages, async () => {
    await db.messages.where('sessionId').equals(saved.session.id).delete();
    await db.sessions.put(saved.session);
    await db.messages.bulkPut(saved.messages);
  });
}
