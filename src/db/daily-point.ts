// Whether the day's restore point is due: none in the last 24 hours, and the chats changed
// since the newest one (or there are chats and no point at all). Any point counts as the day's.
import { changedSince, readChangeMark } from './change-mark';
import { newestRestorePoint } from './restore-points';

const DAY = 24 * 60 * 60 * 1000;

export async function dailyRestorePointDue(now: number): Promise<boolean> {
  const [newest, mark] = await Promise.all([newestRestorePoint(), readChangeMark()]);
  if (!newest) return mark.chats > 0;
  return now - newest.createdAt >= DAY && changedSince(mark, newest.createdAt, newest.chats);
}
