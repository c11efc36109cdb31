import { describe, expect, it } from 'vitest';
import { treeRow } from '../../db/test-rows';
import { childrenByParent, indexMessages, pathTo } from '../../db/tree';
import type { MessageRow, SessionRow } from '../../db/types';
import { mergeTail, type WholeTree } from './merge-tail';

const session: SessionRow = {
  id: 's',
  title: 'chat',
  titleIsCustom: false,
  createdAt: 0,
  updatedAt: 0,
  model: 'm',
  systemPrompt: '',
  params: {},
  activeLeafId: null,
};

function wholeOf(rows: MessageRow[], leafId: string): WholeTree {
  const byId = indexMessages(rows);
  return { path: pathTo(byId, leafId), children: childrenByParent(rows), byId };
}

const a = treeRow('a', null);
const b = treeRow('b', 'a');
const c = treeRow('c', 'b');
const d = treeRow('d', 'c');
const whole = wholeOf([a, b, c, d], 'd');

describe('laying the live tail over the last whole tree', () => {
  it('keeps the older path and takes the newest messages from the tail', () => {
    const e = treeRow('e', 'd');
    const f = treeRow('f', 'e');
    const merged = mergeTail(whole, {
      session,
      path: [c, d, e, f],
      siblings: [c, d, e, f],
    });
    expect(merged?.path.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(merged?.messageCount).toBe(6);
    expect(merged?.children.get('e')?.map((m) => m.id)).toEqual(['f']);
    expect(merged?.children.get('a')?.map((m) => m.id)).toEqual(['b']);
  });

  it('takes the siblings the tail brings, such as a regenerated reply', () => {
    const d2 = treeRow('d2', 'c');
    const merged = mergeTail(whole, { session, path: [c, d2], siblings: [c, d, d2] });
    expect(merged?.path.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd2']);
    expect(merged?.children.get('c')?.map((m) => m.id)).toEqual(['d', 'd2']);
    expect(merged?.messageCount).toBe(5);
  });

  it('leaves the whole tree it is laid over as it was', () => {
    const d2 = treeRow('d2', 'c');
    mergeTail(whole, { session, path: [c, d2], siblings: [c, d, d2] });
    expect(whole.children.get('c')?.map((m) => m.id)).toEqual(['d']);
    expect(whole.children.has('d2')).toBe(false);
  });

  it('uses the tail alone when it reaches the root', () => {
    const merged = mergeTail(whole, { session, path: [a, b], siblings: [a, b] });
    expect(merged?.path.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('gives up when the tail does not join the tree it is laid over, or is empty', () => {
    const x = treeRow('x', 'elsewhere');
    expect(mergeTail(whole, { session, path: [x], siblings: [x] })).toBeNull();
    expect(mergeTail(whole, { session, path: [], siblings: [] })).toBeNull();
  });
});
