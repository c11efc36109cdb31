// Builds an export file in the export worker (so a big database never blocks the page), or
// in this thread where workers are missing (unit tests).
import { db } from '../../db/schema';
import { exportJson } from '../../io/export-data';
import { exportReplySchema, type ExportRequest } from '../../io/worker-protocol';
import { callWorker } from '../../lib/worker-call';

export interface BuiltExport {
  file: Blob;
  count: number;
}

function inThread(sessionIds?: string[]): Promise<BuiltExport> {
  return exportJson(db, sessionIds).then(({ text, count }) => ({
    file: new Blob([text], { type: 'application/json' }),
    count,
  }));
}

export async function buildExportFile(sessionIds?: string[]): Promise<BuiltExport> {
  if (typeof Worker === 'undefined') return inThread(sessionIds);
  const worker = new Worker(new URL('../../io/export-worker.ts', import.meta.url), {
    type: 'module',
  });
  const request: ExportRequest = { type: 'export', sessionIds };
  const { file, count } = await callWorker(worker, 'export worker', request, exportReplySchema);
  return { file, count };
}
