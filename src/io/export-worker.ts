// The export worker: reads every row and builds the export file off the main thread, so
// exporting a large database never freezes the page. The file goes back as a Blob, which
// is handed over without copying its bytes.
import { db } from '../db/schema';
import { exportJson } from './export-data';
import { exportRequestSchema, type ExportReply } from './worker-protocol';

function post(reply: ExportReply): void {
  self.postMessage(reply);
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = exportRequestSchema.safeParse(event.data);
  if (!request.success) {
    post({
      type: 'failed',
      message: 'the export worker received a message it does not understand',
    });
    return;
  }
  exportJson(db, request.data.sessionIds).then(
    ({ text, count }) =>
      post({ type: 'exported', file: new Blob([text], { type: 'application/json' }), count }),
    (error: unknown) => {
      console.error('Export failed in the worker', error);
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
