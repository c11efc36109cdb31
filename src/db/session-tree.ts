// A chat's whole tree as the page reads it: in pages, so a chat of 10,000 messages is never one
// long main-thread task, and indexed page by page as they arrive, so the screen only has to walk
// the active path. (Workers read the tree in one go with readSessionTree.)
import { Dexie } from 'dexie';
import { readSessionTree } from './queries';
import { db } from './schema';
import { byCreation, type ChildrenIndex, type MessageIndex } from './tree';
import type { MessageRow, SessionRow } from './types';

export interface SessionTree {
  session: SessionRow | undefined;
  byId: MessageIndex;
  /** Each message's children, oldest first; the roots under null. */
  children: ChildrenIndex;
}

/** Messages per read: a few milliseconds of the main thread each. */
export const TREE_PAGE_SIZE = 1_000;

/**
 * Each page is a read transaction of its own, so a write (a message sent right after a long chat
 * opens) waits for one page, not for the whole read. The session is read first: the pages read
 * after it hold its active leaf, unless a write deleted it meanwhile. A read whose messages are
 * not exactly the chat's (a write came between the pages), or that lacks the session's leaf, is
 * done again in one transaction. A live query also reads again when a row it read changed.
 */
export async function readSessionTreeInPages(
  sessionId: string,
  pageSize = TREE_PAGE_SIZE,
): Promise<SessionTree> {
  const session = await db.sessions.get(sessionId);
  const tree: SessionTree = { session, byId: new Map(), children: new Map() };
  await readInCreationOrder(sessionId, pageSize, (page) => addToTree(tree, page));
  // A message with no usable creation time is missing from that index; or a write came between
  // the pages. Keys, not count(): in a live query, Dexie has a count watch deletes in every chat.
  const stored = await db.messages.where('sessionId').equals(sessionId).primaryKeys();
  const leaf = session?.activeLeafId;
  const sameMessages = tree.byId.size === stored.length && stored.every((id) => tree.byId.has(id));
  if (!sameMessages || (leaf && !tree.byId.has(leaf))) {
    const whole = await readSessionTree(sessionId);
    tree.session = whole.session;
    tree.byId.clear();
    tree.children.clear();
    addToTree(tree, whole.rows);
  }
  for (const siblings of tree.children.values()) {
    if (siblings.length > 1) siblings.sort(byCreation);
  }
  return tree;
}

function addToTree({ byId, children }: SessionTree, rows: readonly MessageRow[]): void {
  for (const m of rows) {
    // Read twice when a write between pages moved the page boundary.
    if (byId.has(m.id)) continue;
    byId.set(m.id, m);
    const siblings = children.get(m.parentId);
    if (siblings) siblings.push(m);
    else children.set(m.parentId, [m]);
  }
}

/**
 * Every message of the chat that has a usable creation time, oldest first, in pages. Pages
 * follow the [sessionId+createdAt] index, which orders messages created at the same time by id,
 * so a page that ends among them is continued by skipping those already read.
 */
export async function readInCreationOrder(
  sessionId: string,
  pageSize: number,
  onPage: (page: MessageRow[]) => void,
): Promise<void> {
  let from: number | undefined;
  // How many messages created at `from` were read already.
  let skip = 0;
  for (;;) {
    const page = await db.messages
      .where('[sessionId+createdAt]')
      .between([sessionId, from ?? Dexie.minKey], [sessionId, Dexie.maxKey], true, true)
      .offset(skip)
      .limit(pageSize)
      .toArray();
    onPage(page);
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    const atLast = page.length - 1 - page.findLastIndex((m) => m.createdAt !== last.createdAt);
    skip = last.createdAt === from ? skip + page.length : atLast;
    from = last.createdAt;
  }
}
