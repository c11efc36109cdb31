// Runs the app's own export worker (src/workers/export.worker.ts, which calls exportJson on the
// app's database) through the app's worker RPC, exactly as the app's Export button does.
import { runInWorker } from '../../src/workers/clients';

export function runAppExport(): Promise<{ file: Blob; count: number }> {
  return runInWorker('export', (worker) => worker.call('export', {}));
}
