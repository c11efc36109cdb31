// The restore points' own IndexedDB database ("arbor-restore-points"): each point is a gzipped
// Arbor export with when and why it was made, and the folder chosen for backups with when the
// last one was written. A point's bytes are a row of their own (`files`), so listing the points
// never reads megabytes of exports. Kept apart from the chats' database so an export, a Clear or a restore
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

/** A restore point as the Restore list shows it. */
export interface RestorePointInfo {
  id: string;
  createdAt: number;
  reason: RestoreReason;
  /** How many chats it holds. */
  chats: number;
  /** The gzipped file's size in bytes. */
  size: number;
}

export interface RestorePointRow extends RestorePointInfo {
  /** The gzipped Arbor export. Bytes rather than a Blob, which not every IndexedDB can store. */
  bytes: Uint8Array<ArrayBuffer>;
}

interface PointFileRow {
  id: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface BackupFolderRow {
  key: 'folder';
  handle: FileSystemDirectoryHandle;
  /** When Arbor last wrote a backup there, if it has, and how many chats it held. */
  lastBackupAt?: number;
  lastBackupChats?: number;
}

class RestorePointsDb extends Dexie {
  points!: EntityTable<RestorePointInfo, 'id'>;
  files!: EntityTable<PointFileRow, 'id'>;
  folder!: EntityTable<BackupFolderRow, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ points: 'id, createdAt', files: 'id', folder: 'key' });
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
  const { bytes, ...rest } = point;
  const info: RestorePointInfo = { ...rest, id: newId() };
  await points.transaction('rw', points.points, points.files, async () => {
    await points.points.add(info);
    await points.files.add({ id: info.id, bytes });
    const dropped = pointsToDrop(await points.points.toArray(), info.createdAt, cap);
    await Promise.all([points.points.bulkDelete(dropped), points.files.bulkDelete(dropped)]);
  });
  return info;
}

/** Every point, newest first, without their bytes. */
export async function listRestorePoints(): Promise<RestorePointInfo[]> {
  return points.points.orderBy('createdAt').reverse().toArray();
}

export async function readRestorePoint(id: string): Promise<RestorePointRow | undefined> {
  return points.transaction('r', points.points, points.files, async () => {
    const [info, file] = await Promise.all([points.points.get(id), points.files.get(id)]);
    return info && file ? { ...info, bytes: file.bytes } : undefined;
  });
}

export async function newestRestorePoint(): Promise<RestorePointInfo | undefined> {
  return points.points.orderBy('createdAt').last();
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
  await Promise.all([points.points.clear(), points.files.clear(), points.folder.clear()]);
}
