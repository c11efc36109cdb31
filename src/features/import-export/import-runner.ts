// Runs one import in an import worker of its own, so reading, parsing and writing a big file
// never blocks the page. `load` previews, `commit` writes what was previewed, and `dispose`
// ends the worker: a write under way is rolled back by IndexedDB, so nothing half-done stays.
import type { ImportProgress, ImportSummary } from '../../io/import-job';
import { openWorker } from '../../workers/clients';

export interface ImportRunner {
  load: (files: File[]) => Promise<ImportSummary>;
  commit: () => Promise<ImportSummary>;
  dispose: () => void;
}

export function createImportRunner(onProgress: (progress: ImportProgress) => void): ImportRunner {
  const worker = openWorker('import');
  return {
    load: (files) => worker.call('load', files, { onEvent: onProgress }),
    commit: () => worker.call('commit', undefined, { onEvent: onProgress }),
    dispose: () => worker.close(),
  };
}
