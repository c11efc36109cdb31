// Starts the import worker for one run and waits for its answer; the main thread stays free,
// which is what the longest-task figure during an import checks.
import type { ImportReply, ImportRequest } from './import-worker';
import { deleteDb } from './raw-idb';

export const IMPORT_DB = 'arbor-bench-import';

export async function runImport(file: Blob): Promise<ImportReply> {
  await deleteDb(IMPORT_DB);
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<ImportReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(`The import worker failed: ${event.message}`));
      const request: ImportRequest = { file, dbName: IMPORT_DB };
      worker.postMessage(request);
    });
    if (reply.error) throw new Error(`Import failed: ${reply.error}`);
    return reply;
  } finally {
    worker.terminate();
    await deleteDb(IMPORT_DB);
  }
}
