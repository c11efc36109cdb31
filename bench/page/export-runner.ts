// Runs the app's own export worker (src/io/export-worker.ts, which calls exportJson on the
// app's database) through its message protocol, exactly as the app's Export button does.
import type { ExportReply, ExportRequest } from '../../src/io/worker-protocol';

export async function runAppExport(): Promise<{ file: Blob; count: number }> {
  const worker = new Worker(new URL('../../src/io/export-worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ExportReply>) => {
        const reply = event.data;
        if (reply.type === 'exported') resolve({ file: reply.file, count: reply.count });
        else reject(new Error(`Export failed: ${reply.message}`));
      };
      worker.onerror = (event) => reject(new Error(`The export worker failed: ${event.message}`));
      const request: ExportRequest = { type: 'export' };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
