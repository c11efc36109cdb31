import { describe, expect, it } from 'vitest';
import { childrenByParent } from './tree';
import { treeSegments } from './tree-segments';
import { treeRow } from './test-rows';

const row = treeRow;

describe('tree segments', () => {
  it('draws a straight chat as one run', () => {
    const rows = [row('a', null), row('b', 'a'), row('c', 'b')];
    expect(treeSegments(childrenByParent(rows))).toMatchObject([
      { first: { id: 'a' }, last: { id: 'c' }, length: 3, depth: 0 },
    ]);
  });

  it('starts a deeper run at each branch point, in creation order', () => {
    const rows = [
      row('a', null),
      row('b1', 'a'),
      row('c1', 'b1'),
      row('b2', 'a'),
      row('c2', 'b2'),
      row('d2', 'c2'),
    ];
    const segments = treeSegments(childrenByParent(rows));
    expect(segments.map((s) => [s.first.id, s.last.id, s.depth])).toEqual([
      ['a', 'a', 0],
      ['b1', 'c1', 1],
      ['b2', 'd2', 1],
    ]);
  });

  it('stays small for 1,000 messages with 50 branch points', () => {
    const rows = [row('m0', null)];
    for (let i = 1; i < 1000; i++) rows.push(row(`m${i}`, `m${i - 1}`));
    for (let b = 0; b < 50; b++) rows.push(row(`alt${b}`, `m${b * 20}`));
    const segments = treeSegments(childrenByParent(rows));
    expect(segments).toHaveLength(101);
    expect(segments.reduce((sum, s) => sum + s.length, 0)).toBe(1050);
  });
});
