// Measure 5: exporting and importing 100k messages with Arbor's src/io code (the app's own
// export worker; ImportJob in a worker, as the app's parse worker runs it), beside the raw
// floor (read every row with getAll and JSON.stringify it; JSON.parse the file and bulk-put
// every row) and the blob store's export (serialize the in-memory state) and import (parse
// the file, rewrite the blob).
import { db } from '../../src/db/schema';
import type { ExportImportReport } from '../api-types';
import { Series, summarize, type Summary } from '../stats';
import { longestTaskBetween } from '../probe/long-tasks';
import { writeBlob, type BlobState } from './blob-store';
import { EXPORT_MEASURE } from './export-marks';
import { runAppExport } from './export-runner';
import { freshHeap } from './fresh-heap';
import { runImport } from './import-runner';
import { timeBulkPut, timeReadAll, type Rows } from './raw-floor';
import { blobState } from './seed';

interface Timed<T> {
  ms: number;
  value: T;
}

async function timed<T>(work: () => Promise<T> | T): Promise<Timed<T>> {
  await freshHeap();
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Run i of `a` plus run i of `b`, for as many runs as both have. */
function sumRuns(a: Summary, b: Summary): Summary {
  const n = Math.min(a.runs.length, b.runs.length);
  return summarize(a.runs.slice(0, n).map((v, i) => v + (b.runs[i] ?? Number.NaN)));
}

/** The app's export, in its worker; the file's text is read back afterwards, untimed. */
async function arborExport(): Promise<{ ms: number; longest: number; file: Blob }> {
  await freshHeap();
  const start = performance.now();
  const { file } = await runAppExport();
  const end = performance.now();
  performance.measure(EXPORT_MEASURE, { start, end });
  return { ms: end - start, longest: await longestTaskBetween(start, end), file };
}

async function arborImport(file: Blob, expectedSessions: number) {
  await freshHeap();
  const start = performance.now();
  const reply = await runImport(file);
  const end = performance.now();
  if (reply.added !== expectedSessions) {
    throw new Error(`The import added ${reply.added} sessions, expected ${expectedSessions}`);
  }
  return { ms: end - start, reply, longest: await longestTaskBetween(start, end) };
}

/**
 * Arbor, the floor and the blob store take turns within each run, so load from anything else
 * on the machine falls on all three alike. Every export run (reads only) comes before the
 * first import: an import writes 100k rows or a 66 MB blob, and the background cleanup that
 * follows would otherwise land on whichever export ran next. Imports (and their floor) run
 * `importRuns` times: at 100k rows they are the slowest figures of the bench.
 */
async function runAll(runs: number, importRuns: number, sessions: number) {
  const s = new Series();
  let file: Blob | undefined;
  let rows: Rows | undefined;
  for (let i = 0; i < runs; i++) {
    const exported = await arborExport();
    file = exported.file;
    s.add('export', exported.ms);
    s.add('exportLongest', exported.longest);
    await freshHeap();
    const read = await timeReadAll(db.name);
    rows = read.rows;
    s.add('read', read.ms);
    s.add('stringify', (await timed(() => JSON.stringify(read.rows, null, 2))).ms);
    s.add('blobExport', (await timed(() => JSON.stringify(blobState, null, 2))).ms);
  }
  if (!file || !rows) throw new Error('The export-import measure needs at least one run');
  const text = await file.text();
  for (let i = 0; i < importRuns; i++) {
    const imported = await arborImport(file, sessions);
    s.add('import', imported.ms);
    s.add('importLoad', imported.reply.loadMs);
    s.add('importCommit', imported.reply.commitMs);
    s.add('importLongest', imported.longest);
    s.add('parse', (await timed(() => JSON.parse(text) as unknown)).ms);
    await freshHeap();
    s.add('put', await timeBulkPut(rows));
    s.add(
      'blobImport',
      (
        await timed(async () => {
          const parsed = JSON.parse(text) as { sessions: BlobState['sessions'] };
          await writeBlob({ version: 1, sessions: parsed.sessions });
        })
      ).ms,
    );
  }
  await writeBlob(blobState);
  return { s, fileMB: file.size / 1e6 };
}

export async function measureExportImport(
  runs: number,
  importRuns: number,
): Promise<ExportImportReport> {
  const sessions = await db.sessions.count();
  const messages = await db.messages.count();
  const { s, fileMB } = await runAll(runs, importRuns, sessions);
  const read = s.get('read');
  const parse = s.get('parse');
  const put = s.get('put');
  return {
    messages,
    sessions,
    fileMB,
    exportArbor: s.get('export'),
    exportLongestTask: s.get('exportLongest'),
    importArbor: s.get('import'),
    importLoad: s.get('importLoad'),
    importCommit: s.get('importCommit'),
    importMainLongestTask: s.get('importLongest'),
    rawReadAll: read,
    stringify: s.get('stringify'),
    parse,
    rawBulkPut: put,
    exportFloor: sumRuns(read, s.get('stringify')),
    importFloor: sumRuns(parse, put),
    blobExport: s.get('blobExport'),
    blobImport: s.get('blobImport'),
  };
}
