// All writes to sessions: create, rename, settings, clear (with undo) and delete.
// Each write that touches more than one row runs in one transaction, so it is all or nothing.
import { noteOrganised } from './change-mark';
import { db } from './schema';
import type { MessageRow, SessionRow } from './types';
import { newId } from '../lib/ids';

export const DEFAULT_TITLE = 'New chat';

export interface NewSessionDefaults {
  providerId?: string;
  model: string;
  systemPrompt: string;
}

/** `folderId` puts the new chat in that folder (New chat in a folder). */
export async function createSession(
  defaults: NewSessionDefaults,
  folderId?: string,
): Promise<string> {
  const now = Date.now();
  const session: SessionRow = {
    id: newId(),
    title: DEFAULT_TITLE,
    titleIsCustom: false,
    createdAt: now,
    updatedAt: now,
    ...(defaults.providerId ? { providerId: defaults.providerId } : {}),
    model: defaults.model,
    systemPrompt: defaults.systemPrompt,
    params: {},
    activeLeafId: null,
    ...(folderId ? { folderId } : {}),
  };
  await db.sessions.add(session);
  return session.id;
}

export async function renameSession(id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (!trimmed) return;
  await db.transaction('rw', db.sessions, db.settings, async () => {
    await db.sessions.update(id, { title: trimmed, titleIsCustom: true });
    await noteOrganised();
  });
}

export async function updateSessionSettings(
  id: string,
  changes: Partial<
    Pick<SessionRow, 'providerId' | 'model' | 'systemPrompt' | 'params' | 'toolServerIds'>
  >,
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
  // A reply cut short by the clear or delete is not streaming any more when it comes back.
  return {
    session,
    messages: messages.map((m) => (m.status === 'streaming' ? { ...m, status: 'interrupted' } : m)),
  };
}

/** Empties the session's messages (every branch) and keeps the session and its settings. */
export async function clearSession(id: string): Promise<SessionSnapshot | undefined> {
  return db.transaction('rw', db.sessions, db.messages, db.tokenCounts, async () => {
    const before = await snapshot(id);
    if (!before) return undefined;
    await db.messages.where('sessionId').equals(id).delete();
    await db.tokenCounts.where('sessionId').equals(id).delete();
    await db.sessions.update(id, { activeLeafId: null, updatedAt: Date.now() });
    return before;
  });
}

export async function deleteSession(id: string): Promise<SessionSnapshot | undefined> {
  return db.transaction('rw', db.sessions, db.messages, db.tokenCounts, async () => {
    const before = await snapshot(id);
    if (!before) return undefined;
    await db.messages.where('sessionId').equals(id).delete();
    await db.tokenCounts.where('sessionId').equals(id).delete();
    await db.sessions.delete(id);
    return before;
  });
}

/**
 * Puts a cleared or deleted session's messages back. Anything written since stays: it sits on
 * its own branch beside the restored ones, and the restored path becomes the active one.
 */
export async function restoreSnapshot(saved: SessionSnapshot): Promise<void> {
  await db.transaction('rw', db.sessions, db.messages, async () => {
    const now = await db.sessions.get(saved.session.id);
    await db.sessions.put({
      ...saved.session,
      // What was changed on the chat since (its title, pin and folder) stays as it is now.
      ...(now
        ? {
            title: now.title,
            titleIsCustom: now.titleIsCustom,
            pinned: now.pinned,
            folderId: now.folderId,
          }
        : {}),
    });
    await db.messages.bulkPut(saved.messages);
  });
}
