// Backups in a folder the user picked (the File System Access API): each is a gzipped Arbor
// export named arbor-backup-YYYY-MM-DD-HHMMSS-N-chats.json.gz, so the Restore list reads the
// date and the chat count from the name without opening the file. The newest 10 are kept;
// older ones Arbor wrote are removed, and nothing else in the folder is touched.

export const KEEP_BACKUPS = 10;

const NAME = /^arbor-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})-(\d+)-chats?\.json\.gz$/;

export interface FolderBackup {
  name: string;
  createdAt: number;
  chats: number;
  size: number;
}

// Parts of the API not in TypeScript's DOM types yet: the picker, permissions (only on handles
// a picker gave; a handle from the origin private file system has neither and needs none), and
// iterating a folder.
type Permission = 'granted' | 'denied' | 'prompt';
interface PermissionMethods {
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<Permission>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<Permission>;
}
interface Iterable {
  values: () => AsyncIterable<FileSystemHandle>;
}
interface WithPicker {
  showDirectoryPicker?: (options: {
    id: string;
    mode: 'readwrite';
  }) => Promise<FileSystemDirectoryHandle>;
}

export function canBackUpToFolder(): boolean {
  return typeof (window as WithPicker).showDirectoryPicker === 'function';
}

/** Asks the user for a folder; undefined when they cancel. */
export async function pickFolder(): Promise<FileSystemDirectoryHandle | undefined> {
  const picker = (window as WithPicker).showDirectoryPicker;
  if (!picker) throw new Error('this browser cannot back up to a folder');
  try {
    return await picker({ id: 'arbor-backups', mode: 'readwrite' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
}

/**
 * Whether Arbor may write to the folder. `ask` may show the browser's prompt, so it is only
 * for a click (Back up now); automatic backups only check.
 */
export async function mayWrite(handle: FileSystemDirectoryHandle, ask: boolean): Promise<boolean> {
  const methods = handle as FileSystemDirectoryHandle & PermissionMethods;
  if (!methods.queryPermission) return true;
  if ((await methods.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  if (!ask || !methods.requestPermission) return false;
  return (await methods.requestPermission({ mode: 'readwrite' })) === 'granted';
}

const two = (n: number) => String(n).padStart(2, '0');

export function backupName(at: Date, chats: number): string {
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `arbor-backup-${day}-${time}-${chats}-${chats === 1 ? 'chat' : 'chats'}.json.gz`;
}

/** The date and chat count a backup's name gives; undefined for any other file. */
export function readBackupName(name: string): Omit<FolderBackup, 'size'> | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, chats] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const createdAt = new Date(y, mo - 1, d, h ?? 0, mi ?? 0, s ?? 0).getTime();
  return { name, createdAt, chats: chats ?? 0 };
}

/** Arbor's backups in the folder, newest first. */
export async function listBackups(handle: FileSystemDirectoryHandle): Promise<FolderBackup[]> {
  const found: FolderBackup[] = [];
  for await (const entry of (handle as FileSystemDirectoryHandle & Iterable).values()) {
    const read = entry.kind === 'file' ? readBackupName(entry.name) : undefined;
    if (!read) continue;
    const file = await (entry as FileSystemFileHandle).getFile();
    found.push({ ...read, size: file.size });
  }
  return found.sort((a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : -1));
}

export async function readBackup(handle: FileSystemDirectoryHandle, name: string): Promise<File> {
  return (await handle.getFileHandle(name)).getFile();
}

/** Writes a backup, then removes Arbor's backups past the newest KEEP_BACKUPS. */
export async function writeBackup(
  handle: FileSystemDirectoryHandle,
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<void> {
  const file = await handle.getFileHandle(name, { create: true });
  const writable = await file.createWritable();
  await writable.write(bytes);
  await writable.close();
  const backups = await listBackups(handle);
  for (const old of backups.slice(KEEP_BACKUPS)) await handle.removeEntry(old.name);
}
