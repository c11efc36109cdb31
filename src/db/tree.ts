// Pure operations on a session's message tree. Iterative, so a 10k-deep path never
// hits a recursion limit.
import type { MessageRow } from './types';

export type MessageIndex = Map<string, MessageRow>;

export function indexMessages(messages: readonly MessageRow[]): MessageIndex {
  return new Map(messages.map((m) => [m.id, m]));
}

/** The messages from the root down to `leafId`, oldest first. Stops at a missing parent or a cycle. */
export function pathTo(index: MessageIndex, leafId: string | null): MessageRow[] {
  const path: MessageRow[] = [];
  const seen = new Set<string>();
  let current = leafId ? index.get(leafId) : undefined;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.push(current);
    current = current.parentId ? index.get(current.parentId) : undefined;
  }
  return path.reverse();
}

/** The children of each message by its id, and the root messages under null; oldest first. */
export type ChildrenIndex = Map<string | null, MessageRow[]>;

/** What drawing a tree asks of it: a message's children, oldest first. A ChildrenIndex is one. */
export interface ChildrenOf {
  get(parentId: string | null): readonly MessageRow[] | undefined;
}

export function childrenByParent(messages: readonly MessageRow[]): ChildrenIndex {
  const children: ChildrenIndex = new Map();
  for (const m of messages) {
    const list = children.get(m.parentId);
    if (list) list.push(m);
    else children.set(m.parentId, [m]);
  }
  for (const list of children.values()) list.sort(byCreation);
  return children;
}

export function byCreation(a: MessageRow, b: MessageRow): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The most recently created leaf under `start` (itself when it has no children). */
export function newestLeafUnder(children: ChildrenIndex, start: MessageRow): MessageRow {
  let best: MessageRow | undefined;
  const stack = [start];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const kids = children.get(node.id);
    if (kids && kids.length > 0) stack.push(...kids);
    else if (!best || byCreation(node, best) > 0) best = node;
  }
  return best ?? start;
}

/** Every id in the subtree rooted at `id`, including it. */
export function subtreeIds(children: ChildrenIndex, id: string): string[] {
  const ids: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    ids.push(next);
    for (const child of children.get(next) ?? []) stack.push(child.id);
  }
  return ids;
}
