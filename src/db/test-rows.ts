// A small generator of message rows for tree tests: each row is created after the last.
import type { MessageRow } from './types';

let clock = 0;

/** A user message whose text is its id, created after every row made before it. */
export function treeRow(id: string, parentId: string | null): MessageRow {
  clock += 1;
  return {
    id,
    parentId,
    sessionId: 's',
    role: 'user',
    content: id,
    createdAt: clock,
    status: 'done',
  };
}
