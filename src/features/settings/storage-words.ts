// The words for a storage that is filling up, shared by the notice and the Storage section.
import type { StorageStatus } from '../../db/storage-status';
import { formatBytes } from '../../lib/format-bytes';

export function usedShare(status: StorageStatus): number {
  return status.quota > 0 ? status.usage / status.quota : 0;
}

/** Empty while below 80%. */
export function storageWarning(status: StorageStatus): string {
  const share = usedShare(status);
  if (share < 0.8) return '';
  const percent = Math.floor(share * 100);
  const free = formatBytes(Math.max(status.quota - status.usage, 0));
  return share >= 0.95
    ? `Storage is ${percent}% full (${free} left): new messages may soon fail to save. Export and delete old chats, or free disk space.`
    : `Storage is ${percent}% full (${free} left). Consider exporting and deleting old chats, or freeing disk space.`;
}
