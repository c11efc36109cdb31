import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../lib/format-bytes';
import { storageWarning } from './storage-words';

const status = (usage: number, quota: number) => ({
  persistent: false,
  usage,
  quota,
  chats: usage,
});

describe('storage in words', () => {
  it('says sizes in the unit that reads best', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(12_345)).toBe('12.3 kB');
    expect(formatBytes(123_456_789)).toBe('123 MB');
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB');
  });

  it('warns from 80% of the quota, more urgently from 95%', () => {
    expect(storageWarning(status(79, 100))).toBe('');
    expect(storageWarning(status(80, 100))).toBe(
      'Storage is 80% full (20 bytes left). Consider exporting and deleting old chats, or freeing disk space.',
    );
    expect(storageWarning(status(960, 1000))).toMatch(
      /^Storage is 96% full \(40 bytes left\): new messages may soon fail to save\./,
    );
    expect(storageWarning(status(0, 0))).toBe('');
  });
});
