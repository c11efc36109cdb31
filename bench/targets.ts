// The targets, checked against one run's figures. Each says what it measured, so a
// MISS reads on its own.
import type { BenchResults, TargetResult } from './results';
import type { TracedFrames } from './api-types';
import { summarize } from './stats';

type Figures = Omit<BenchResults, 'targets'>;

const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const times = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)}×`;

function target(id: string, text: string, measured: string, pass: boolean): TargetResult {
  return { id, target: text, measured, pass };
}

function medianOf(
  reports: Figures['frames']['longSession'],
  pick: (r: TracedFrames) => number,
): number {
  return summarize(reports.map(pick)).median;
}

/** Messages in the database when the app stage runs: the ordinary sessions and the long one. */
export function storedMessages(f: Pick<Figures, 'data'>): number {
  return (f.data.seeding.at(-1)?.messages ?? 0) + f.data.long.messages;
}

export function checkTargets(f: Figures): TargetResult[] {
  const first = f.persist[0];
  const last = f.persist.at(-1);
  if (!first || !last) throw new Error('The persist measure has no stages');
  const speedup = last.blob.median / last.arbor.median;
  const flat = last.arbor.median / first.arbor.median;
  const fork = f.fork.arbor.median / f.fork.rawBulkPut.median;
  const exportRatio = f.exportImport.exportArbor.median / f.exportImport.exportFloor.median;
  const importRatio = f.exportImport.importArbor.median / f.exportImport.importFloor.median;
  const frameWork = medianOf(f.frames.longSession, (r) => r.work.p95);
  const toolLoopWork = medianOf(f.frames.toolLoop, (r) => r.work.p95);
  const openFlat = f.coldOpen.interactive.median / f.coldOpen.empty.interactive.median;
  const stored = storedMessages(f);
  const slowestQuery = Math.max(...f.search.queries.map((q) => q.ms.median));
  return [
    target(
      'persist-vs-blob',
      `persist one reply at ${last.storedMessages} stored ≥ 100× faster than the blob store`,
      `${times(speedup)} faster`,
      speedup >= 100,
    ),
    target(
      'persist-flat',
      `persist one reply at ${last.storedMessages} stored within 2× of ${first.storedMessages} stored`,
      `${times(flat)} (${ms(last.arbor.median)} vs ${ms(first.arbor.median)})`,
      flat <= 2,
    ),
    target(
      'cold-open',
      'cold open to an interactive session list < 1 s',
      ms(f.coldOpen.interactive.median),
      f.coldOpen.interactive.median < 1000,
    ),
    target(
      'cold-open-responsive',
      'no main-thread task ≥ 50 ms during the cold open (from navigation until the page has been idle for 1 s)',
      `longest task ${ms(f.coldOpen.load.longestTask.median)}`,
      f.coldOpen.load.longestTask.median < 50,
    ),
    target(
      'cold-open-flat',
      `cold open with ${stored} messages stored within 1.2× of a cold open with no chats stored`,
      `${times(openFlat)} (${ms(f.coldOpen.interactive.median)} vs ${ms(f.coldOpen.empty.interactive.median)})`,
      openFlat <= 1.2,
    ),
    target(
      'switch',
      'switch to the 10k session < 100 ms to first paint',
      ms(f.switchSession.clickToPaint.median),
      f.switchSession.clickToPaint.median < 100,
    ),
    target(
      'send-first',
      'main-thread work < 50 ms from pressing Send until the request reaches the server, first send after opening the 10k chat (no token counts stored yet)',
      `${ms(f.send.first.work.median)} (longest task ${ms(f.send.first.longestTask.median)}, request after ${ms(f.send.first.window.median)})`,
      f.send.first.work.median < 50,
    ),
    target(
      'send-next',
      'main-thread work < 50 ms from pressing Send until the request reaches the server, next send in the 10k chat (token counts kept)',
      `${ms(f.send.next.work.median)} (longest task ${ms(f.send.next.longestTask.median)}, request after ${ms(f.send.next.window.median)})`,
      f.send.next.work.median < 50,
    ),
    target(
      'fork',
      'fork a 10k path within 1.5× of a raw bulk write of the same rows into the same store',
      `${times(fork)} (${ms(f.fork.arbor.median)} vs ${ms(f.fork.rawBulkPut.median)})`,
      fork <= 1.5,
    ),
    target(
      'fork-responsive',
      'UI responsive during the fork (no main-thread task ≥ 50 ms)',
      `longest task ${ms(f.fork.arborLongestTask.median)}`,
      f.fork.arborLongestTask.median < 50,
    ),
    target(
      'export',
      `export ${f.exportImport.messages} messages within 2× of the raw floor (getAll + JSON.stringify)`,
      `${times(exportRatio)} (${ms(f.exportImport.exportArbor.median)} vs ${ms(f.exportImport.exportFloor.median)})`,
      exportRatio <= 2,
    ),
    target(
      'export-responsive',
      'UI responsive during the export (no main-thread task ≥ 50 ms): the export worker, and Export all in the app from the click until its notice',
      `longest task ${ms(f.exportImport.exportLongestTask.median)} (worker), ${ms(f.appExport.longestTask.median)} (Export all)`,
      f.exportImport.exportLongestTask.median < 50 && f.appExport.longestTask.median < 50,
    ),
    target(
      'import',
      `import ${f.exportImport.messages} messages within 2× of the raw floor (JSON.parse + bulk put)`,
      `${times(importRatio)} (${ms(f.exportImport.importArbor.median)} vs ${ms(f.exportImport.importFloor.median)})`,
      importRatio <= 2,
    ),
    target(
      'zip-preview',
      `a ${f.zipPreview.sizeMB.toFixed(0)} MB ChatGPT zip previews with no main-thread task ≥ 50 ms (median run)`,
      `longest task ${ms(f.zipPreview.longestTask.median)}, preview in ${ms(f.zipPreview.toPreview.median)}`,
      f.zipPreview.longestTask.median < 50,
    ),
    target(
      'initial-js',
      'initial JS ≤ 180 kB gzipped',
      `${f.bundle.jsGzipKB.toFixed(1)} kB`,
      f.bundle.jsGzipKB <= 180,
    ),
    target(
      'search-query',
      `a search answered in < 50 ms in the worker at ${f.search.messages} messages (slowest query, median)`,
      ms(slowestQuery),
      slowestQuery < 50,
    ),
    target(
      'search-index-one',
      'indexing one finished reply < 5 ms',
      `${ms(f.search.indexOne.median)} (whole catch-up ${ms(f.search.catchUpOne.median)})`,
      f.search.indexOne.median < 5,
    ),
    target(
      'search-rebuild',
      `cold rebuild of the search index of ${f.search.messages} messages in the worker, no main-thread task ≥ 50 ms`,
      `${ms(f.search.rebuildMs)}, longest task ${ms(f.search.rebuildLongestTaskMs)}`,
      f.search.rebuildLongestTaskMs < 50,
    ),
    target(
      'search-typing',
      'typing in the search box: no main-thread task over 50 ms',
      `longest task ${ms(f.search.typing.longestTask.max)}`,
      f.search.typing.longestTask.max <= 50,
    ),
    target(
      'frames',
      'frame time p95 < 16 ms (main-thread work per frame) while streaming 200 tokens/s in the 10k session',
      ms(frameWork),
      frameWork < 16,
    ),
    target(
      'tool-loop-frames',
      'frame time p95 < 16 ms (main-thread work per frame) during a 10-step tool loop in the 10k session',
      ms(toolLoopWork),
      toolLoopWork < 16,
    ),
  ];
}
