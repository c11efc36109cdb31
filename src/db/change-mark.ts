// Whether the chats changed since a copy of them was made (a restore point, a backup): a chat
// was added or deleted (the count differs) or written to since (every write to a chat moves its
// updatedAt). Cheap: a count and one index read.
import { db } from './schema';

export interface ChangeMark {
  chats: number;
  newestUpdate: number;
}

export async function readChangeMark(): Promise<ChangeMark> {
  return db.transaction('r', db.sessions, async () => {
    const [chats, newest] = await Promise.all([
      db.sessions.count(),
      db.sessions.orderBy('updatedAt').last(),
    ]);
    return { chats, newestUpdate: newest?.updatedAt ?? 0 };
  });
}

/** True when the chats differ from a copy of `chats` chats made at `madeAt`. */
export function changedSince(mark: ChangeMark, madeAt: number, chats: number): boolean {
  return mark.chats !== chats || mark.newestUpdate > madeAt;
}
