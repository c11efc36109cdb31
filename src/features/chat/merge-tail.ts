// While a reply is written and streams in the open chat, the whole tree read before it is kept
// and the live tail (its newest messages and their siblings) is laid over it. Tree edits are
// locked meanwhile, so only the newest end of the path can change.
import { childrenByParent, type ChildrenIndex, type ChildrenOf } from '../../db/tree';
import type { MessageRow } from '../../db/types';
import type { PathTail } from '../../db/path-tail';

export interface WholeTree {
  path: MessageRow[];
  children: ChildrenIndex;
  byId: Map<string, MessageRow>;
}

export interface MergedView {
  path: MessageRow[];
  children: ChildrenOf;
  messageCount: number;
}

/**
 * The whole tree with the tail's messages in place; null when the tail doesn't join it. The
 * tail's children are looked up before the tree's, not copied into it: a merge runs at every
 * write of a streaming reply, and copying the index of a 10k-message tree cost a few
 * milliseconds each time.
 */
export function mergeTail(whole: WholeTree, tail: PathTail): MergedView | null {
  const first = tail.path[0];
  if (!first) return null;
  let prefix: MessageRow[] = [];
  if (first.parentId !== null) {
    // The tail joins near the end of the path: searched from there, a 10k path isn't walked.
    const at = whole.path.findLastIndex((m) => m.id === first.id);
    if (at < 0) return null;
    prefix = whole.path.slice(0, at);
  }
  const tailChildren = childrenByParent(tail.siblings);
  const children: ChildrenOf = {
    get: (parentId) => tailChildren.get(parentId) ?? whole.children.get(parentId),
  };
  const added = new Set<string>();
  for (const m of [...tail.path, ...tail.siblings]) if (!whole.byId.has(m.id)) added.add(m.id);
  return {
    path: prefix.concat(tail.path),
    children,
    messageCount: whole.byId.size + added.size,
  };
}
