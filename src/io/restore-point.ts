// Making a restore point or a backup: every chat as an Arbor export, gzipped. Only session and
// message rows go in (the export never reads settings), so API keys and MCP headers never do.
import type { ArborDb } from '../db/schema';
import type { RowsBeforeUpgrade } from '../db/pre-upgrade';
import { addRestorePoint, type RestorePointInfo, type RestoreReason } from '../db/restore-points';
import { restorePointCap } from '../db/storage-status';
import { buildExport, serializeExportParts } from './build-export';
import { exportJson } from './export-data';
import { gzipTexts } from './gzip';

export interface GzippedExport {
  bytes: Uint8Array<ArrayBuffer>;
  chats: number;
}

/** Every chat in `db`, as a gzipped Arbor export. */
export async function gzippedExport(db: ArborDb, now = new Date()): Promise<GzippedExport> {
  const { parts, count } = await exportJson(db, undefined, now);
  return { bytes: await gzipTexts(parts), chats: count };
}

async function store(made: GzippedExport, reason: RestoreReason, now: Date) {
  return addRestorePoint(
    {
      createdAt: now.getTime(),
      reason,
      chats: made.chats,
      size: made.bytes.length,
      bytes: made.bytes,
    },
    await restorePointCap(),
  );
}

/** Keeps a restore point of every chat in `db` as they are now. */
export async function makeRestorePoint(
  db: ArborDb,
  reason: RestoreReason,
  now = new Date(),
): Promise<RestorePointInfo> {
  return store(await gzippedExport(db, now), reason, now);
}

/** Keeps a restore point of the chats a database held before its upgrade. */
export async function restorePointBeforeUpgrade(
  rows: RowsBeforeUpgrade,
  now = new Date(),
): Promise<RestorePointInfo> {
  const parts = serializeExportParts(buildExport(rows.sessions, rows.messages, now, rows.folders));
  const made = { bytes: await gzipTexts(parts), chats: rows.sessions.length };
  return store(made, 'before upgrade', now);
}
