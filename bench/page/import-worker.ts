// Runs Arbor's real import pipeline (ImportJob: read, parse, detect, convert, repair, plan,
// then one write transaction) off the main thread, as the app's parse worker does, into a
// database of its own so the app's data is never touched.
import { ArborDb } from '../../src/db/schema';
import { ImportJob } from '../../src/io/import-job';
import { fileSource } from '../../src/io/import-source';

export interface ImportRequest {
  file: Blob;
  dbName: string;
}

export interface ImportReply {
  loadMs: number;
  commitMs: number;
  added: number;
  duplicates: number;
  rejected: number;
  error?: string;
}

async function run({ file, dbName }: ImportRequest): Promise<ImportReply> {
  const db = new ArborDb(dbName);
  try {
    const job = new ImportJob(db);
    const start = performance.now();
    await job.load([fileSource(new File([file], 'arbor-export.json'))]);
    const loaded = performance.now();
    const summary = await job.commit();
    return {
      loadMs: loaded - start,
      commitMs: performance.now() - loaded,
      added: summary.added.length,
      duplicates: summary.duplicates.length,
      rejected: summary.rejected.length,
    };
  } finally {
    db.close();
  }
}

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  run(event.data).then(
    (reply) => self.postMessage(reply),
    (error: unknown) => {
      const reply: ImportReply = {
        loadMs: 0,
        commitMs: 0,
        added: 0,
        duplicates: 0,
        rejected: 0,
        error: String(error),
      };
      self.postMessage(reply);
    },
  );
});
