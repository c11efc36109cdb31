// The search index while Arbor is open, run in the search worker. It starts from the weeks
// saved in IndexedDB and then follows the messages table: once messages were written (in this
// tab, a worker or another tab) and the writes have paused, it indexes the final messages it
// lacks and drops the ones that are gone. A finished reply is therefore indexed once, when it
// is done, and a saved index that is missing, outdated or damaged is rebuilt the same way, in
// chunks, reporting its progress. Changed weeks are saved a few seconds after the last change.
import { INDEX_FORMAT } from './message-index';
import { findMessages, type SearchAnswer } from './find-messages';
import {
  finalMessageIds,
  followMessageWrites,
  loadSavedWeeks,
  readMessages,
  saveWeeks,
} from './index-storage';
import { WeeklyIndex } from './weekly-index';

/** Messages read and indexed at a time while catching up. */
const CHUNK = 500;
/** From this many messages to index, the catch-up is reported as indexing, with progress. */
const SHOW_PROGRESS_FROM = 200;
const SAVE_AFTER_MS = 3_000;
/**
 * A catch-up waits for the messages to go this long unwritten. Reading the ids of every
 * message (110,000 of them in a large history) keeps IndexedDB busy for a while, and right
 * after a send that would hold up the reply's own reads: the request would leave later.
 */
const QUIET_MS = 1_000;
/** However often messages are written (an import, a long tool loop), a catch-up comes by then. */
const LONGEST_WAIT_MS = 10_000;

export interface CatchUpReport {
  added: number;
  removed: number;
  /** Time spent adding the messages to the index, not reading them. */
  indexMs: number;
  /** The whole catch-up: finding what changed, reading it and indexing it. */
  totalMs: number;
}

export interface IndexStatus {
  state: 'loading' | 'indexing' | 'ready';
  indexed: number;
  /** While indexing: how many of how many. */
  progress?: { done: number; total: number };
  lastCatchUp?: CatchUpReport;
}

export class SearchService {
  private readonly index = new WeeklyIndex();
  private status: IndexStatus = { state: 'loading', indexed: 0 };
  private readonly listeners = new Set<(status: IndexStatus) => void>();
  private loaded: Promise<void> | undefined;
  private stopFollowing: (() => void) | undefined;
  private catchUpTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the first write not caught up with yet was heard of. */
  private firstUnhandledWriteAt: number | undefined;
  private stopped = false;
  /** The newest list of final ids not caught up with yet. */
  private waiting: string[] | null = null;
  private catchingUp = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly waits = { quietMs: QUIET_MS, longestWaitMs: LONGEST_WAIT_MS }) {}

  /** Loads the saved index and starts following the messages table; once is enough. */
  start(): Promise<void> {
    this.loaded ??= loadSavedWeeks(INDEX_FORMAT).then((rows) => {
      this.index.load(rows);
      // Still 'loading' until the first catch-up is done.
      this.setStatus({ state: 'loading', indexed: this.index.size });
      this.stopFollowing = followMessageWrites(() => this.catchUpSoon());
      this.catchUpNow();
    });
    return this.loaded;
  }

  stop(): void {
    this.stopped = true;
    this.stopFollowing?.();
    clearTimeout(this.catchUpTimer);
    clearTimeout(this.saveTimer);
  }

  /** `sessionIds` limits the search to those chats. */
  async search(
    text: string,
    sessionIds?: readonly string[],
  ): Promise<SearchAnswer & { status: IndexStatus }> {
    await this.start();
    return { ...(await findMessages(this.index, text, sessionIds)), status: this.status };
  }

  /** Calls `listener` with the status now and at every change, until `signal` aborts. */
  watch(listener: (status: IndexStatus) => void, signal: AbortSignal): Promise<void> {
    listener(this.status);
    this.listeners.add(listener);
    return new Promise((resolve) => {
      const end = () => {
        this.listeners.delete(listener);
        resolve();
      };
      if (signal.aborted) end();
      else signal.addEventListener('abort', end, { once: true });
    });
  }

  /** Saves the changed weeks now (the bench waits for it; otherwise it happens after a pause). */
  async saveNow(): Promise<void> {
    clearTimeout(this.saveTimer);
    const { changed, dropped } = this.index.takeChanges();
    if (changed.length === 0 && dropped.length === 0) return;
    try {
      await saveWeeks(changed, dropped);
    } catch (error) {
      // The index in memory is whole; what isn't saved is indexed again at the next start.
      console.error('Saving the search index failed', error);
      this.index.markUnsaved(changed, dropped);
    }
  }

  private setStatus(status: IndexStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  /** Catches up once the writes pause, or when the longest wait is over. */
  private catchUpSoon(): void {
    const now = performance.now();
    this.firstUnhandledWriteAt ??= now;
    clearTimeout(this.catchUpTimer);
    const { quietMs, longestWaitMs } = this.waits;
    const wait = Math.min(quietMs, this.firstUnhandledWriteAt + longestWaitMs - now);
    this.catchUpTimer = setTimeout(() => this.catchUpNow(), Math.max(0, wait));
  }

  private catchUpNow(): void {
    if (this.stopped) return;
    this.firstUnhandledWriteAt = undefined;
    finalMessageIds().then(
      (ids) => this.catchUpWith(ids),
      (error: unknown) => console.error('The search index could not read the messages', error),
    );
  }

  private catchUpWith(ids: string[]): void {
    this.waiting = ids;
    if (this.catchingUp) return;
    this.catchingUp = true;
    void (async () => {
      try {
        while (this.waiting) {
          const next = this.waiting;
          this.waiting = null;
          await this.catchUp(next);
        }
      } catch (error) {
        console.error('The search index could not catch up with the messages', error);
        this.setStatus({ ...this.status, state: 'ready' });
      } finally {
        this.catchingUp = false;
      }
    })();
  }

  private async catchUp(finalIds: string[]): Promise<void> {
    const started = performance.now();
    const final = new Set(finalIds);
    const gone = [...this.index.ids()].filter((id) => !final.has(id));
    for (const id of gone) this.index.remove(id);
    const missing = finalIds.filter((id) => !this.index.has(id));
    const total = missing.length;
    const report = (done: number) =>
      total >= SHOW_PROGRESS_FROM &&
      this.setStatus({ state: 'indexing', indexed: this.index.size, progress: { done, total } });
    report(0);
    let indexMs = 0;
    for (let i = 0; i < total; i += CHUNK) {
      const rows = await readMessages(missing.slice(i, i + CHUNK));
      const indexing = performance.now();
      // A message may have changed since the list was read; the next catch-up takes it then.
      for (const row of rows) if (row.status !== 'streaming') this.index.add(row);
      indexMs += performance.now() - indexing;
      report(Math.min(total, i + CHUNK));
    }
    const lastCatchUp = {
      added: total,
      removed: gone.length,
      indexMs,
      totalMs: performance.now() - started,
    };
    this.setStatus({ state: 'ready', indexed: this.index.size, lastCatchUp });
    if (total > 0 || gone.length > 0) this.scheduleSave(total >= SHOW_PROGRESS_FROM);
  }

  private scheduleSave(now: boolean): void {
    if (this.stopped) return;
    clearTimeout(this.saveTimer);
    if (now) void this.saveNow();
    else this.saveTimer = setTimeout(() => void this.saveNow(), SAVE_AFTER_MS);
  }
}
