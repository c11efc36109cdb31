// Runs one import in an import worker of its own, so reading, parsing and writing a big file
// never blocks the page. `load` previews, `commit` keeps a restore point and writes what was
// previewed, and `dispose`
// ends the worker: a write under way is rolled back by IndexedDB, so nothing half-done stays.
import type { RestoreReason } from '../../db/restore-points';
import type { ImportProgress, ImportSummary } from '../../io/import-job';
import { openWorker } from '../../workers/clients';

export interface ImportRunner {
  load: (files: File[]) => Promise<ImportSummary>;
  /** Keeps a restore point (`reason`) first. */
  commit: (reason: RestoreReason) => Promise<ImportSummary>;
  dispose: () => void;
}

export function createImportRunner(onProgress: (progress: ImportProgress) => void): ImportRunner {
  const worker = openWorker('import');
  return {
    load: (files) => worker.call('load', files, { onEvent: onProgress }),
    commit: (reason) => worker.call('commit', { reason }, { onEvent: onProgress }),
    dispose: () => worker.close(),
  };
}
