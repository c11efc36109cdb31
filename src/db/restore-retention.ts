// Which restore points to keep: the newest 10, and the newest of each day of the last week,
// then, while they take more than the cap, the oldest of those go first. The newest point is
// always kept, even alone over the cap, so the last copy before a change is never lost.

export const KEEP_NEWEST = 10;
export const KEEP_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

export interface Retained {
  id: string;
  createdAt: number;
  size: number;
}

/** A local calendar day, so "the daily one" means the user's day. */
function dayOf(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** The ids of the points to drop, given every point, the time now and the size cap in bytes. */
export function pointsToDrop(points: readonly Retained[], now: number, cap: number): string[] {
  const newestFirst = [...points].sort((a, b) => b.createdAt - a.createdAt);
  const kept = new Set(newestFirst.slice(0, KEEP_NEWEST).map((p) => p.id));
  const days = new Set<string>();
  for (const point of newestFirst) {
    if (now - point.createdAt > KEEP_DAYS * DAY) break;
    const day = dayOf(point.createdAt);
    if (days.has(day)) continue;
    days.add(day);
    kept.add(point.id);
  }
  const keptNewestFirst = newestFirst.filter((p) => kept.has(p.id));
  let total = keptNewestFirst.reduce((sum, p) => sum + p.size, 0);
  for (let i = keptNewestFirst.length - 1; i > 0 && total > cap; i--) {
    const oldest = keptNewestFirst[i];
    if (!oldest) continue;
    kept.delete(oldest.id);
    total -= oldest.size;
  }
  return newestFirst.filter((p) => !kept.has(p.id)).map((p) => p.id);
}
