// The export worker: reads every row and builds the export file off the main thread, so
// exporting a large database never freezes the page. The file goes back as a Blob, which is
// handed over without copying its bytes. Restore points and folder backups are made here
// too: reading, serializing and gzipping every chat stays off the main thread.
import type { RestoreReason } from '../db/restore-points';
import { db } from '../db/schema';
import { exportJson, exportMarkdown, exportOpenai, type ExportScope } from '../io/export-data';
import type { OpenaiShape } from '../io/export-openai';
import { gzippedExport, makeRestorePoint } from '../io/restore-point';
import { serve } from './rpc/serve';

const api = {
  /** Every chat, only `sessionIds`, or one folder with its chats. */
  export: async (scope: ExportScope) => {
    const { parts, count } = await exportJson(db, scope);
    return { file: new Blob(parts, { type: 'application/json' }), count };
  },
  /** A chat's active path as Markdown; undefined when the chat no longer exists. */
  markdown: ({ sessionId }: { sessionId: string }) => exportMarkdown(db, sessionId),
  /** A chat's active path as OpenAI messages or fine-tuning JSONL; undefined when it's gone. */
  openai: ({ sessionId, shape }: { sessionId: string; shape: OpenaiShape }) =>
    exportOpenai(db, sessionId, shape),
  /** Keeps a restore point of every chat as they are now. */
  restorePoint: ({ reason }: { reason: RestoreReason }) => makeRestorePoint(db, reason),
  /** Every chat as a gzipped export, for a backup file. */
  backup: (_: undefined) => gzippedExport(db),
};

export type ExportWorkerApi = typeof api;

serve(api, self);
