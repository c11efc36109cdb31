// The restore points' own IndexedDB database ("arbor-restore-points"): each point is a gzipped
// Arbor export with when and why it was made, and the folder chosen for backups with when the
// last one was written. Kept apart from the chats' database so an export, a Clear or a restore
// never touches them, and they never touch the chats.
import { Dexie, type EntityTable } from 'dexie';
import { newId } from '../lib/ids';
import { pointsToDrop } from './restore-retention';

/** Why a restore point was made; the Restore list says it. */
export type RestoreReason =
  | 'before import'
  | 'before restore'
  | 'before replacing everything'
  | 'before upgrade'
  | 'before clear'
  | 'before deleting a chat'
  | 'daily';

export interface RestorePointRow {
  id: string;
  createdAt: number;
  reason: RestoreReason;
  /** How many chats it holds. */
  chats: number;
  /** The gzipped file's size in bytes. */
  size: number;
  /** The gzipped Arbor export. Bytes rather than a Blob, which not every IndexedDB can store. */
  bytes: Uint8Array<ArrayBuffer>;
}

/** A restore point as the Restore list shows it, without its bytes. */
export type RestorePointInfo = Omit<RestorePointRow, 'bytes'>;

export interface BackupFolderRow {
  key: 'folder';
  handle: FileSystemDirectoryHandle;
  /** When Arbor last wrote a backup there, if it has, and how many chats it held. */
  lastBackupAt?: number;
  lastBackupChats?: number;
}

class RestorePointsDb extends Dexie {
  points!: EntityTable<RestorePointRow, 'id'>;
  folder!: EntityTable<BackupFolderRow, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ points: 'id, createdAt', folder: 'key' });
  }
}

export const RESTORE_POINTS_DB = 'arbor-restore-points';

const points = new RestorePointsDb(RESTORE_POINTS_DB);

/**
 * Stores a point, then drops what the retention rules keep no longer (never the new one),
 * within `cap` bytes (storage-status.ts's restorePointCap).
 */
export async function addRestorePoint(
  point: Omit<RestorePointRow, 'id'>,
  cap: number,
): Promise<RestorePointInfo> {
  const row: RestorePointRow = { ...point, id: newId() };
  await points.transaction('rw', points.points, async () => {
    await points.points.add(row);
    const all = await listRestorePoints();
    await points.points.bulkDelete(pointsToDrop(all, row.createdAt, cap));
  });
  const { bytes: _bytes, ...info } = row;
  return info;
}

/** Every point, newest first, without their bytes. */
export async function listRestorePoints(): Promise<RestorePointInfo[]> {
  const rows: RestorePointInfo[] = [];
  await points.points
    .orderBy('createdAt')
    .reverse()
    .each(({ bytes: _bytes, ...info }) => rows.push(info));
  return rows;
}

export async function readRestorePoint(id: string): Promise<RestorePointRow | undefined> {
  return points.points.get(id);
}

export async function newestRestorePoint(): Promise<RestorePointInfo | undefined> {
  const row = await points.points.orderBy('createdAt').last();
  if (!row) return undefined;
  const { bytes: _bytes, ...info } = row;
  return info;
}

export async function readBackupFolder(): Promise<BackupFolderRow | undefined> {
  return points.folder.get('folder');
}

export async function saveBackupFolder(handle: FileSystemDirectoryHandle): Promise<void> {
  await points.folder.put({ key: 'folder', handle });
}

export async function markBackedUp(at: number, chats: number): Promise<void> {
  await points.folder.update('folder', { lastBackupAt: at, lastBackupChats: chats });
}

/** For tests: forgets every point and the folder. */
export async function clearRestorePoints(): Promise<void> {
  await Promise.all([points.points.clear(), points.folder.clear()]);
}
