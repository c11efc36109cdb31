// The import worker: reads, unpacks (.zip, .gz), parses and converts files, previews the import
// and writes it off the main thread, so a 100 MB file never freezes the page. It opens the same IndexedDB
// database as the page; Dexie tells the page's live queries about the rows it adds. One
// worker holds one import: `load` previews it, `commit` writes what was previewed.
import { db } from '../db/schema';
import { ImportJob, type ImportProgress } from '../io/import-job';
import { fileSource } from '../io/import-source';
import { serve, type CallContext } from './rpc';

const PROGRESS_EVERY_MS = 50;

let job: ImportJob | undefined;
/** Progress goes to the call under way. */
let report: (progress: ImportProgress) => void = () => undefined;
let lastProgress = 0;

function reportTo(emit: CallContext<ImportProgress>['emit']) {
  report = (progress) => {
    const now = performance.now();
    const finished = progress.total > 0 && progress.done >= progress.total;
    if (!finished && progress.total > 0 && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    emit(progress);
  };
}

const api = {
  load: (files: Blob[], { emit }: CallContext<ImportProgress>) => {
    reportTo(emit);
    job = new ImportJob(db, (progress) => report(progress));
    return job.load(
      files.map((blob, i) =>
        fileSource(blob instanceof File ? blob : new File([blob], `file-${i + 1}.json`)),
      ),
    );
  },
  commit: (_: undefined, { emit }: CallContext<ImportProgress>) => {
    if (!job) return Promise.reject(new Error('there is nothing loaded to import'));
    reportTo(emit);
    return job.commit();
  },
};

export type ImportWorkerApi = typeof api;

serve(api, self);
