// Measure 4: forking the long session's 10k-message active path as the app does (in the fork
// worker), the longest main-thread task while it runs, the raw bulk write of the same rows into the
// same store (the floor: the app's own messages store, with its indexes and 110k rows already
// in it), and the blob store's fork (copy the path in memory, then rewrite everything).
import { db } from '../../src/db/schema';
import { deleteSession } from '../../src/db/sessions-repo';
import { indexMessages, pathTo } from '../../src/db/tree';
import type { MessageRow } from '../../src/db/types';
import { runInWorker } from '../../src/workers/clients';
import { longestTaskBetween } from '../probe/long-tasks';
import type { ForkReport } from '../api-types';
import { Series } from '../stats';
import { writeBlob } from './blob-store';
import { freshHeap } from './fresh-heap';
import { timeBulkPut, timeBulkPutInto } from './raw-floor';
import { blobState, requireLongSession, type LongSessionRef } from './seed';

/** Fresh ids, a new session id and a re-linked chain: what a fork writes. */
function copies(path: readonly MessageRow[], sessionId: string): MessageRow[] {
  let parentId: string | null = null;
  return path.map((row) => {
    const copy: MessageRow = {
      ...structuredClone(row),
      id: crypto.randomUUID(),
      sessionId,
      parentId,
    };
    parentId = copy.id;
    return copy;
  });
}

/** The blob store's fork of its own copy of the long session (its path as seeded). */
async function blobFork(long: LongSessionRef): Promise<number> {
  const start = performance.now();
  const source = blobState.sessions.find((s) => s.session.id === long.id);
  if (!source) throw new Error('The long session is missing from the blob state');
  const forkId = crypto.randomUUID();
  const path = pathTo(indexMessages(source.messages), source.session.activeLeafId);
  const messages = copies(path, forkId);
  const now = Date.now();
  blobState.sessions.push({
    session: {
      ...structuredClone(source.session),
      id: forkId,
      createdAt: now,
      updatedAt: now,
      activeLeafId: messages.at(-1)?.id ?? null,
    },
    messages,
  });
  await writeBlob(blobState);
  const ms = performance.now() - start;
  blobState.sessions.pop();
  return ms;
}

/** Arbor, the floor and the blob store take turns within each run, so outside load falls on all alike. */
export async function measureFork(runs: number): Promise<ForkReport> {
  const long = requireLongSession();
  const rows = await db.messages.where('sessionId').equals(long.id).toArray();
  const path = pathTo(indexMessages(rows), long.leafId);
  const s = new Series();
  for (let i = 0; i < runs; i++) {
    await freshHeap();
    const start = performance.now();
    const forkId = await runInWorker('fork', (worker) =>
      worker.call('fork', { sourceId: long.id, messageId: long.leafId }),
    );
    const end = performance.now();
    s.add('arbor', end - start);
    s.add('longest', await longestTaskBetween(start, end));
    await deleteSession(forkId);
    const rows = copies(path, crypto.randomUUID());
    await freshHeap();
    s.add('raw', await timeBulkPutInto(db.name, rows));
    await freshHeap();
    s.add('rawEmpty', await timeBulkPut({ sessions: [], messages: rows }));
    await freshHeap();
    s.add('blob', await blobFork(long));
  }
  await writeBlob(blobState);
  return {
    pathLength: path.length,
    arbor: s.get('arbor'),
    arborLongestTask: s.get('longest'),
    rawBulkPut: s.get('raw'),
    rawBulkPutEmptyStore: s.get('rawEmpty'),
    blob: s.get('blob'),
  };
}
