// A backup's name carries its date and chat count, so the Restore list reads them without
// opening the file; files Arbor didn't write are not backups.
import { describe, expect, it } from 'vitest';
import { backupName, readBackupName } from './backup-folder';

describe('backup names', () => {
  it('reads back the date (to the second) and the chat count it was written with', () => {
    const at = new Date(2026, 11, 7, 0, 5, 9);
    const name = backupName(at, 12);
    expect(name).toBe('arbor-backup-2026-12-07-000509-12-chats.json.gz');
    expect(readBackupName(name)).toEqual({ name, createdAt: at.getTime(), chats: 12 });
  });

  it('says "1 chat" for one chat and still reads it', () => {
    const name = backupName(new Date(2026, 0, 2, 3, 4, 5), 1);
    expect(name).toBe('arbor-backup-2026-01-02-030405-1-chat.json.gz');
    expect(readBackupName(name)?.chats).toBe(1);
  });

  it.each(['notes.txt', 'arbor-export-2026-12-07.json', 'arbor-backup-2026-12-07.json.gz'])(
    'passes over %s, which Arbor did not write as a backup',
    (name) => expect(readBackupName(name)).toBeUndefined(),
  );
});
