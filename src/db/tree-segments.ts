// Splits a message tree into segments: runs of messages with no branching inside. The tree
// view draws one row per segment, so it stays small however long the chat grows.
import type { ChildrenOf } from './tree';
import type { MessageRow } from './types';

export interface TreeSegment {
  first: MessageRow;
  last: MessageRow;
  length: number;
  /** How many branch points lie above this segment. */
  depth: number;
}

export function treeSegments(children: ChildrenOf): TreeSegment[] {
  const segments: TreeSegment[] = [];
  const roots = children.get(null) ?? [];
  const stack: { start: MessageRow; depth: number }[] = roots
    .map((start) => ({ start, depth: roots.length > 1 ? 1 : 0 }))
    .reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    let last = next.start;
    let length = 1;
    let kids = children.get(last.id) ?? [];
    while (kids.length === 1 && kids[0]) {
      last = kids[0];
      length += 1;
      kids = children.get(last.id) ?? [];
    }
    segments.push({ first: next.start, last, length, depth: next.depth });
    const depth = next.depth + 1;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ start: kid, depth });
    }
  }
  return segments;
}
