// Which restore points stay: the newest 10, the newest of each of the last 7 days, within the
// size cap, oldest dropped first, and never the newest.
import { describe, expect, it } from 'vitest';
import { pointsToDrop, type Retained } from './restore-retention';

const HOUR = 60 * 60 * 1000;
const NOW = new Date(2026, 11, 7, 12).getTime();

function point(hoursAgo: number, size = 100): Retained {
  return { id: `p${hoursAgo}`, createdAt: NOW - hoursAgo * HOUR, size };
}

describe('pointsToDrop', () => {
  it('keeps everything while there are 10 or fewer under the cap', () => {
    const points = Array.from({ length: 10 }, (_, i) => point(i));
    expect(pointsToDrop(points, NOW, 10_000)).toEqual([]);
  });

  it('drops points past the newest 10 made today', () => {
    const points = Array.from({ length: 13 }, (_, i) => point(i * 0.5));
    expect(pointsToDrop(points, NOW, 10_000)).toEqual(['p5', 'p5.5', 'p6']);
  });

  it('keeps the newest point of each of the last 7 days beyond the newest 10', () => {
    const today = Array.from({ length: 10 }, (_, i) => point(i * 0.1));
    const days = [1, 2, 3, 4, 5, 6].flatMap((d) => [point(d * 24), point(d * 24 + 1)]);
    const old = [point(8 * 24), point(9 * 24)];
    const dropped = pointsToDrop([...today, ...days, ...old], NOW, 1_000_000);
    expect(dropped).toEqual([...[1, 2, 3, 4, 5, 6].map((d) => `p${d * 24 + 1}`), 'p192', 'p216']);
  });

  it('drops the oldest kept points first while they take more than the cap', () => {
    const points = [point(0, 400), point(1, 400), point(2, 400)];
    expect(pointsToDrop(points, NOW, 1000)).toEqual(['p2']);
  });

  it('keeps the newest point even when it alone is over the cap', () => {
    const points = [point(0, 5000), point(1, 10)];
    expect(pointsToDrop(points, NOW, 1000)).toEqual(['p1']);
  });
});
