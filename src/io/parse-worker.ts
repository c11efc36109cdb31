// The import worker: reads, parses and converts files, previews and writes the import off
// the main thread, so a 100 MB file never freezes the page. It opens the same IndexedDB
// database as the app; Dexie tells the app's live queries about the rows it adds.
import { db } from '../db/schema';
import { ImportJob, type ImportProgress } from './import-job';
import { fileSource } from './import-source';
import { workerRequestSchema, type WorkerReply } from './worker-protocol';

const PROGRESS_EVERY_MS = 50;

let job: ImportJob | undefined;
let lastProgress = 0;

function post(reply: WorkerReply): void {
  self.postMessage(reply);
}

function reportProgress(progress: ImportProgress): void {
  const now = performance.now();
  const finished = progress.total > 0 && progress.done >= progress.total;
  if (!finished && progress.total > 0 && now - lastProgress < PROGRESS_EVERY_MS) return;
  lastProgress = now;
  post({ type: 'progress', progress });
}

function fail(error: unknown): void {
  console.error('Import failed in the worker', error);
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = workerRequestSchema.safeParse(event.data);
  if (!request.success) {
    fail(new Error('the import worker received a message it does not understand'));
    return;
  }
  if (request.data.type === 'load') {
    const files = request.data.files.map((blob, i) =>
      fileSource(blob instanceof File ? blob : new File([blob], `file-${i + 1}.json`)),
    );
    job = new ImportJob(db, reportProgress);
    job.load(files).then((summary) => post({ type: 'loaded', summary }), fail);
    return;
  }
  if (!job) {
    fail(new Error('there is nothing loaded to import'));
    return;
  }
  job.commit().then((summary) => post({ type: 'committed', summary }), fail);
});
