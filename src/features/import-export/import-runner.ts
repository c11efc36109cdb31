// Runs an import job in the parse worker, so reading, parsing and writing a big file never
// blocks the page. Where workers are missing (unit tests), the same job runs in this thread.
import { db } from '../../db/schema';
import type { ImportProgress, ImportSummary } from '../../io/import-job';
import { workerReplySchema, type WorkerRequest } from '../../io/worker-protocol';

export interface ImportRunner {
  load: (files: File[]) => Promise<ImportSummary>;
  commit: () => Promise<ImportSummary>;
  /** Stops the job; a write under way is rolled back by IndexedDB, so nothing half-done stays. */
  dispose: () => void;
}

export class ImportCancelled extends Error {}

/** Loaded on demand so the converters stay out of the main bundle (the worker has its own). */
function inlineRunner(onProgress: (progress: ImportProgress) => void): ImportRunner {
  const job = Promise.all([import('../../io/import-job'), import('../../io/import-source')]).then(
    ([{ ImportJob }, { fileSource }]) => ({ job: new ImportJob(db, onProgress), fileSource }),
  );
  return {
    load: async (files) => {
      const { job: loaded, fileSource } = await job;
      return loaded.load(files.map(fileSource));
    },
    commit: async () => (await job).job.commit(),
    dispose: () => undefined,
  };
}

function workerRunner(onProgress: (progress: ImportProgress) => void): ImportRunner {
  const worker = new Worker(new URL('../../io/parse-worker.ts', import.meta.url), {
    type: 'module',
  });
  let pending: { resolve: (s: ImportSummary) => void; reject: (e: Error) => void } | undefined;
  const settle = (outcome: ImportSummary | Error) => {
    const current = pending;
    pending = undefined;
    if (outcome instanceof Error) current?.reject(outcome);
    else current?.resolve(outcome);
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const reply = workerReplySchema.safeParse(event.data);
    if (!reply.success) {
      console.error('The import worker sent an unexpected message', reply.error);
      settle(new Error('the import worker sent a message Arbor does not understand'));
      return;
    }
    const data = reply.data;
    if (data.type === 'progress') onProgress(data.progress);
    else if (data.type === 'failed') settle(new Error(data.message));
    else settle(data.summary);
  });
  worker.addEventListener('error', (event) => {
    console.error('The import worker crashed', event);
    settle(new Error(`the import worker stopped (${event.message || 'no details'})`));
  });
  const send = (request: WorkerRequest) =>
    new Promise<ImportSummary>((resolve, reject) => {
      pending = { resolve, reject };
      worker.postMessage(request);
    });
  return {
    load: (files) => send({ type: 'load', files }),
    commit: () => send({ type: 'commit' }),
    dispose: () => {
      worker.terminate();
      settle(new ImportCancelled('cancelled'));
    },
  };
}

export function createImportRunner(onProgress: (progress: ImportProgress) => void): ImportRunner {
  return typeof Worker === 'undefined' ? inlineRunner(onProgress) : workerRunner(onProgress);
}
