// Whether the chats changed since a copy of them was made (a restore point, a backup): a chat
// was added or deleted (the count differs), written to since (every write to a chat's messages
// moves its updatedAt), or renamed, pinned, filed or its folders changed (organising leaves
// updatedAt alone, so it is noted on its own). Cheap: a count and two reads.
import { db } from './schema';

const ORGANISED_KEY = 'organised-at';

export interface ChangeMark {
  chats: number;
  newestUpdate: number;
}

/** Notes that the list was organised (a rename, a pin, a folder change) just now. */
export async function noteOrganised(): Promise<void> {
  await db.settings.put({ key: ORGANISED_KEY, value: Date.now() });
}

export async function readChangeMark(): Promise<ChangeMark> {
  return db.transaction('r', db.sessions, db.settings, async () => {
    const [chats, newest, organised] = await Promise.all([
      db.sessions.count(),
      db.sessions.orderBy('updatedAt').last(),
      db.settings.get(ORGANISED_KEY),
    ]);
    const organisedAt = typeof organised?.value === 'number' ? organised.value : 0;
    return { chats, newestUpdate: Math.max(newest?.updatedAt ?? 0, organisedAt) };
  });
}

/** True when the chats differ from a copy of `chats` chats made at `madeAt`. */
export function changedSince(mark: ChangeMark, madeAt: number, chats: number): boolean {
  return mark.chats !== chats || mark.newestUpdate > madeAt;
}
