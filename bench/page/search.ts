// Measure 9: search at everything seeded (110k messages), against the app's own search worker.
// A cold rebuild (the saved index dropped, a new worker started) until the index is ready, with
// the longest main-thread task meanwhile; queries timed inside the worker; and one reply
// finished through the repositories, timed as the worker indexes it. The index is saved at the
// end, so the app's cold opens that follow start from it, as a user's would.
import type { IndexStatus } from '../../src/db/search/search-service';
import { appendUserTurn, finishReply } from '../../src/db/messages-repo';
import { db } from '../../src/db/schema';
import { openWorker, type WorkerOf } from '../../src/workers/clients';
import { longestTaskBetween } from '../probe/long-tasks';
import type { SearchReport } from '../api-types';
import { Series } from '../stats';

/** A common word, a rarer pair, a prefix, a typo, a phrase and a word no message holds. */
export const SEARCH_QUERIES = [
  'worker',
  'cache index',
  'transac',
  'transacton',
  '"the cache"',
  'zyzzyva',
];

function statusWhere(
  worker: WorkerOf<'search'>,
  check: (status: IndexStatus) => boolean,
): Promise<IndexStatus> {
  const controller = new AbortController();
  return new Promise((resolve, reject) => {
    worker
      .call('watch', null, {
        signal: controller.signal,
        onEvent: (status) => {
          if (!check(status)) return;
          controller.abort();
          resolve(status);
        },
      })
      .catch(reject);
  });
}

export async function measureSearch(runs: number): Promise<SearchReport> {
  const total = await db.messages.count();
  await db.searchIndex.clear();
  const start = performance.now();
  const worker = openWorker('search');
  try {
    await statusWhere(worker, (s) => s.state === 'ready' && s.indexed === total);
    const rebuildMs = performance.now() - start;
    const rebuildLongestTaskMs = await longestTaskBetween(start, performance.now());
    const saveStart = performance.now();
    await worker.call('saveNow', undefined);
    const saveMs = performance.now() - saveStart;

    const s = new Series();
    const hits: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      for (const text of SEARCH_QUERIES) {
        const answer = await worker.call('search', { text });
        s.add(text, answer.tookMs);
        hits[text] = answer.results.length;
      }
    }
    const session = await db.sessions.orderBy('updatedAt').last();
    if (!session) throw new Error('Nothing is seeded');
    for (let i = 0; i < runs; i++) {
      const ids = await appendUserTurn(session.id, `Search bench question ${i}`);
      await statusWhere(worker, (st) => st.indexed === total + 1 + i * 2);
      await finishReply(ids.assistantId, {
        content: `Search bench reply ${i}: the cache index is rebuilt in the worker.`,
        status: 'done',
      });
      const done = await statusWhere(worker, (st) => st.indexed === total + 2 + i * 2);
      s.add('indexOne', done.lastCatchUp?.indexMs ?? NaN);
      s.add('catchUpOne', done.lastCatchUp?.totalMs ?? NaN);
    }
    await worker.call('saveNow', undefined);
    return {
      messages: total,
      rebuildMs,
      rebuildLongestTaskMs,
      saveMs,
      queries: SEARCH_QUERIES.map((text) => ({ text, ms: s.get(text), results: hits[text] ?? 0 })),
      indexOne: s.get('indexOne'),
      catchUpOne: s.get('catchUpOne'),
    };
  } finally {
    worker.close();
  }
}
