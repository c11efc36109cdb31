// Builds an export file in the export worker, so a big database never blocks the page.
import { runInWorker } from '../../workers/clients';

export interface BuiltExport {
  file: Blob;
  count: number;
}

/** Every chat, or only `sessionIds`. */
export function buildExportFile(sessionIds?: string[]): Promise<BuiltExport> {
  return runInWorker('export', (worker) => worker.call('export', sessionIds ? { sessionIds } : {}));
}

/** One folder with the chats in it. */
export function buildFolderExportFile(folderId: string): Promise<BuiltExport> {
  return runInWorker('export', (worker) => worker.call('export', { folderId }));
}
