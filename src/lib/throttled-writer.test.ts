import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottledWriter } from './throttled-writer';

/** A writer whose writes succeed and are recorded in order. */
function recordingWriter() {
  const writes: string[] = [];
  const writer = createThrottledWriter(
    (v: string) => {
      writes.push(v);
      return Promise.resolve();
    },
    300,
    () => {},
  );
  return { writes, writer };
}

describe('throttled writer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at most once per interval, with the latest value', async () => {
    const { writes, writer } = recordingWriter();
    for (let i = 1; i <= 100; i++) writer.push(`text ${i}`);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual(['text 100']);
    writer.push('text 101');
    writer.push('text 102');
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual(['text 100', 'text 102']);
  });

  it('writes what is pending on flush and nothing twice', async () => {
    const { writes, writer } = recordingWriter();
    writer.push('a');
    await writer.flush();
    await writer.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['a']);
  });

  it('reports a failed write and keeps writing later values', async () => {
    const errors: unknown[] = [];
    const writes: string[] = [];
    let fail = true;
    const writer = createThrottledWriter(
      (v: string) => {
        if (fail) return Promise.reject(new Error('disk full'));
        writes.push(v);
        return Promise.resolve();
      },
      300,
      (e) => errors.push(e),
    );
    writer.push('lost');
    await vi.advanceTimersByTimeAsync(300);
    fail = false;
    writer.push('kept');
    await writer.flush();
    expect(errors).toHaveLength(1);
    expect(writes).toEqual(['kept']);
  });
});
