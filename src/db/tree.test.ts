import { describe, expect, it } from 'vitest';
import { childrenByParent, indexMessages, newestLeafUnder, pathTo, subtreeIds } from './tree';
import type { MessageRow } from './types';
import { treeRow } from './test-rows';

const row = treeRow;

describe('message tree', () => {
  it('extracts the path from the root to a leaf, oldest first', () => {
    const rows = [row('a', null), row('b', 'a'), row('c', 'b'), row('x', 'a')];
    expect(pathTo(indexMessages(rows), 'c').map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(pathTo(indexMessages(rows), 'x').map((m) => m.id)).toEqual(['a', 'x']);
    expect(pathTo(indexMessages(rows), null)).toEqual([]);
  });

  it('walks a 10,000-deep path without a recursion limit', () => {
    const rows = [row('m0', null)];
    for (let i = 1; i < 10_000; i++) rows.push(row(`m${i}`, `m${i - 1}`));
    const children = childrenByParent(rows);
    expect(pathTo(indexMessages(rows), 'm9999')).toHaveLength(10_000);
    expect(newestLeafUnder(children, rows[0] as MessageRow).id).toBe('m9999');
    expect(subtreeIds(children, 'm0')).toHaveLength(10_000);
  });

  it('stops at a cycle instead of looping forever', () => {
    const a = row('a', 'b');
    const b = row('b', 'a');
    expect(pathTo(indexMessages([a, b]), 'a').map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('finds the newest leaf under a branch point', () => {
    const rows = [
      row('root', null),
      row('old', 'root'),
      row('new', 'root'),
      row('old-child', 'old'),
    ];
    const children = childrenByParent(rows);
    expect(newestLeafUnder(children, rows[0] as MessageRow).id).toBe('old-child');
    expect(newestLeafUnder(children, rows[2] as MessageRow).id).toBe('new');
  });

  it('orders siblings by creation', () => {
    const rows = [row('root', null), row('first', 'root'), row('second', 'root')];
    expect(
      childrenByParent(rows)
        .get('root')
        ?.map((m) => m.id),
    ).toEqual(['first', 'second']);
  });
});
