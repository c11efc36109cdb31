// A full disk is recognised in every shape it reaches Arbor in, and nothing else is taken for one.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isDiskFull } from './disk-full';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isDiskFull', () => {
  it('recognises the browser’s QuotaExceededError', () => {
    expect(isDiskFull(quota())).toBe(true);
  });

  it('recognises Dexie’s own QuotaExceededError and one it wraps in `inner`', () => {
    expect(isDiskFull(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isDiskFull(new Dexie.QuotaExceededError(quota()))).toBe(true);
    expect(isDiskFull(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
  });

  it('recognises a transaction aborted by a full disk, as Dexie and the browser report it', () => {
    const aborted = new Dexie.AbortError('Transaction aborted');
    Object.assign(aborted, { inner: new Dexie.QuotaExceededError(quota()) });
    expect(isDiskFull(aborted)).toBe(true);
    expect(isDiskFull(new Error('aborted', { cause: quota() }))).toBe(true);
  });

  it('recognises a bulk write that failed on a full disk', () => {
    expect(isDiskFull(new Dexie.BulkError('1 of 2 failed', [quota()]))).toBe(true);
    expect(isDiskFull(new Dexie.BulkError('1 of 2 failed', { 1: quota() }))).toBe(true);
  });

  it('recognises an error that came from a worker with the name it had there', () => {
    const fromWorker = new Error('Transaction aborted');
    fromWorker.name = 'AbortError';
    fromWorker.cause = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(isDiskFull(fromWorker)).toBe(true);
  });

  it('takes nothing else for a full disk', () => {
    expect(isDiskFull(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isDiskFull(new Dexie.ConstraintError('key exists'))).toBe(false);
    expect(isDiskFull(new Error('Network down'))).toBe(false);
    expect(isDiskFull('QuotaExceededError')).toBe(false);
    expect(isDiskFull(undefined)).toBe(false);
    expect(isDiskFull(null)).toBe(false);
  });

  it('ends on an error that wraps itself', () => {
    const looped = new Error('loop');
    looped.cause = looped;
    expect(isDiskFull(looped)).toBe(false);
  });
});
