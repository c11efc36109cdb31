// Moving around a session's tree and removing parts of it: switch to a branch, delete a
// message with everything under it, and put deleted messages back.
import { db } from './schema';
import { childrenByParent, newestLeafUnder, subtreeIds, type ChildrenIndex } from './tree';
import type { MessageRow } from './types';

async function sessionMessages(sessionId: string): Promise<MessageRow[]> {
  return db.messages.where('sessionId').equals(sessionId).toArray();
}

/** Makes the branch through `messageId` active, down to its most recent leaf. */
export async function activateBranch(sessionId: string, messageId: string): Promise<void> {
  await db.transaction('rw', db.sessions, db.messages, async () => {
    const rows = await sessionMessages(sessionId);
    const start = rows.find((m) => m.id === messageId);
    if (!start) return;
    const leaf = newestLeafUnder(childrenByParent(rows), start);
    await db.sessions.update(sessionId, { activeLeafId: leaf.id });
  });
}

/** What a deletion removed, so Undo can put it back. */
export interface RemovedMessages {
  sessionId: string;
  messages: MessageRow[];
  previousLeafId: string | null;
}

/**
 * Deletes a message and its whole subtree. When the active path ran through it, the path
 * moves to its parent, or with `showSibling`, to the newest remaining leaf under the parent.
 */
export async function deleteMessageTree(
  sessionId: string,
  messageId: string,
  { showSibling }: { showSibling: boolean },
): Promise<RemovedMessages> {
  return db.transaction('rw', db.sessions, db.messages, db.tokenCounts, async () => {
    const session = await db.sessions.get(sessionId);
    const rows = await sessionMessages(sessionId);
    const children = childrenByParent(rows);
    const ids = new Set(subtreeIds(children, messageId));
    const removed = rows.filter((m) => ids.has(m.id));
    const previousLeafId = session?.activeLeafId ?? null;
    await db.messages.bulkDelete([...ids]);
    await db.tokenCounts.bulkDelete([...ids]);
    if (previousLeafId && ids.has(previousLeafId)) {
      const target = removed.find((m) => m.id === messageId);
      const parent = target?.parentId ? rows.find((m) => m.id === target.parentId) : undefined;
      const remaining = childrenByParent(rows.filter((m) => !ids.has(m.id)));
      const nextLeaf = !showSibling
        ? (parent?.id ?? null)
        : parent
          ? newestLeafUnder(remaining, parent).id
          : newestRootLeaf(remaining);
      await db.sessions.update(sessionId, { activeLeafId: nextLeaf });
    }
    return { sessionId, messages: removed, previousLeafId };
  });
}

function newestRootLeaf(children: ChildrenIndex): string | null {
  const roots = children.get(null) ?? [];
  const newestRoot = roots.at(-1);
  return newestRoot ? newestLeafUnder(children, newestRoot).id : null;
}

/**
 * Puts deleted messages back. When the message they followed was removed since (a later Clear,
 * say), nothing is written: they would hang in the tree with no way to reach them.
 */
export async function restoreMessages(removed: RemovedMessages): Promise<void> {
  await db.transaction('rw', db.sessions, db.messages, async () => {
    if (!(await db.sessions.get(removed.sessionId))) return;
    const ids = new Set(removed.messages.map((m) => m.id));
    const parents = removed.messages.flatMap((m) =>
      m.parentId !== null && !ids.has(m.parentId) ? [m.parentId] : [],
    );
    const found = await db.messages.bulkGet(parents);
    if (found.some((parent) => parent === undefined)) {
      throw new Error(
        'the messages they followed were removed since, so they can only come back after those do (undo the later change first)',
      );
    }
    await db.messages.bulkPut(removed.messages);
    await db.sessions.update(removed.sessionId, { activeLeafId: removed.previousLeafId });
  });
}
