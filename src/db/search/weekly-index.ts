// The search index split by week of the messages' creation time. Results are shown newest
// first, so a search walks the weeks from the newest and stops once it has enough: a common word
// costs one week's matches, not a hundred thousand. A new reply changes only its own week, which
// is all that needs saving again.
import type { SearchIndexRow } from '../schema';
import type { MessageRow } from '../types';
import {
  INDEX_FORMAT,
  createIndex,
  indexedMessage,
  loadIndex,
  type MessageIndex,
} from './message-index';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

interface Week {
  index: MessageIndex;
  ids: Set<string>;
  /** Changed since it was last saved. */
  dirty: boolean;
}

export class WeeklyIndex {
  private readonly weeks = new Map<number, Week>();
  private readonly weekOf = new Map<string, number>();
  /** Weeks whose saved rows are to be dropped: emptied, or found unreadable. */
  private readonly dropped = new Set<number>();

  get size(): number {
    return this.weekOf.size;
  }

  has(id: string): boolean {
    return this.weekOf.has(id);
  }

  ids(): IterableIterator<string> {
    return this.weekOf.keys();
  }

  /** Takes in saved weeks; one that can't be read is dropped, and its messages indexed again. */
  load(rows: readonly SearchIndexRow[]): void {
    for (const row of rows) {
      try {
        const index = loadIndex(row.index);
        if (index.documentCount !== row.ids.length) throw new Error('ids and index disagree');
        this.weeks.set(row.week, { index, ids: new Set(row.ids), dirty: false });
        for (const id of row.ids) this.weekOf.set(id, row.week);
      } catch (error) {
        console.error(
          `The saved search index of week ${row.week} is damaged; rebuilding it`,
          error,
        );
        this.dropped.add(row.week);
      }
    }
  }

  add(message: MessageRow): void {
    if (this.weekOf.has(message.id)) return;
    const key = Number.isFinite(message.createdAt) ? Math.floor(message.createdAt / WEEK_MS) : 0;
    let week = this.weeks.get(key);
    if (!week) {
      week = { index: createIndex(), ids: new Set(), dirty: true };
      this.weeks.set(key, week);
    }
    week.index.add(indexedMessage(message));
    week.ids.add(message.id);
    week.dirty = true;
    this.weekOf.set(message.id, key);
  }

  remove(id: string): void {
    const key = this.weekOf.get(id);
    const week = key === undefined ? undefined : this.weeks.get(key);
    if (key === undefined || !week) return;
    week.index.discard(id);
    week.ids.delete(id);
    week.dirty = true;
    this.weekOf.delete(id);
  }

  /** Each week's index, newest week first. */
  newestFirst(): MessageIndex[] {
    return [...this.weeks.entries()].sort((a, b) => b[0] - a[0]).map(([, week]) => week.index);
  }

  /**
   * The rows to write for the weeks changed since the last call, and the weeks whose rows to
   * drop. Serializing a week takes a while, so only changed weeks are.
   */
  takeChanges(): { changed: SearchIndexRow[]; dropped: number[] } {
    const changed: SearchIndexRow[] = [];
    for (const [key, week] of this.weeks) {
      if (!week.dirty) continue;
      week.dirty = false;
      if (week.ids.size === 0) {
        this.weeks.delete(key);
        this.dropped.add(key);
        continue;
      }
      this.dropped.delete(key);
      changed.push({
        week: key,
        format: INDEX_FORMAT,
        ids: [...week.ids],
        index: JSON.stringify(week.index),
      });
    }
    const dropped = [...this.dropped];
    this.dropped.clear();
    return { changed, dropped };
  }

  /** After a failed save: the weeks it held are written at the next one. */
  markUnsaved(rows: readonly SearchIndexRow[], dropped: readonly number[]): void {
    for (const row of rows) {
      const week = this.weeks.get(row.week);
      if (week) week.dirty = true;
    }
    for (const key of dropped) this.dropped.add(key);
  }
}
