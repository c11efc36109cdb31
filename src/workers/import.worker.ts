// The import worker: reads, unpacks (.zip, .gz), parses and converts files, previews the import
// and writes it off the main thread, so a 100 MB file never freezes the page. It opens the same IndexedDB
// database as the page; Dexie tells the page's live queries about the rows it adds. One
// worker holds one import: `load` previews it, `commit` writes what was previewed.
import type { RestoreReason } from '../db/restore-points';
import { replaceAllChats } from '../db/replace-all';
import { db } from '../db/schema';
import { ImportJob, type ImportProgress } from '../io/import-job';
import { fileSource } from '../io/import-source';
import { makeRestorePoint } from '../io/restore-point';
import { serve, type CallContext } from './rpc/serve';

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
  /** Keeps a restore point (`reason`), then writes what `load` previewed. */
  commit: async ({ reason }: { reason: RestoreReason }, { emit }: CallContext<ImportProgress>) => {
    if (!job) throw new Error('there is nothing loaded to import');
    const loaded = job;
    reportTo(emit);
    // An import only adds: one that fits goes ahead when the point doesn't (a full disk, say).
    await makeRestorePoint(db, reason).catch((error: unknown) =>
      console.error('Keeping a restore point before the import failed', error),
    );
    return loaded.commit();
  },
  /**
   * Keeps a restore point, then replaces every chat with the file's, in one transaction that
   * also removes the drafts and streamed text of chats that are gone: if the file can't be
   * written, every chat stays as it was.
   */
  replace: async (file: Blob, { emit }: CallContext<ImportProgress>) => {
    reportTo(emit);
    const replacing = new ImportJob(db, (progress) => report(progress));
    const name = file instanceof File ? file.name : 'restore.json.gz';
    const preview = await replacing.load([
      fileSource(file instanceof File ? file : new File([file], name)),
    ]);
    if (preview.rejected.length > 0 && preview.added.length + preview.duplicates.length === 0) {
      throw new Error(preview.rejected[0]?.reason ?? 'nothing in it can be restored');
    }
    await makeRestorePoint(db, 'before replacing everything');
    return replaceAllChats(db, () => replacing.commit());
  },
};

export type ImportWorkerApi = typeof api;

serve(api, self);
