// Builds an export file in the export worker (so a big database never blocks the page), or
// in this thread where workers are missing (unit tests).
import { db } from '../../db/schema';
import { exportJson } from '../../io/export-data';
import { exportReplySchema } from '../../io/worker-protocol';

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

export function buildExportFile(sessionIds?: string[]): Promise<BuiltExport> {
  if (typeof Worker === 'undefined') return inThread(sessionIds);
  const worker = new Worker(new URL('../../io/export-worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<BuiltExport>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      worker.terminate();
      const reply = exportReplySchema.safeParse(event.data);
      if (!reply.success)
        reject(new Error('the export worker sent a message Arbor does not understand'));
      else if (reply.data.type === 'failed') reject(new Error(reply.data.message));
      else resolve({ file: reply.data.file, count: reply.data.count });
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`the export worker stopped (${event.message || 'no details'})`));
    });
    worker.postMessage({ type: 'export', sessionIds });
  });
}
