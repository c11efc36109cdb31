// The status line's report is asked for when what the next request sends changes, and not while
// a reply streams: the request can't be known yet, and counting would compete with the reply.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageRow, SessionRow } from '../../db/types';
import { useContextReport } from './use-context-report';

const reportContext = vi.hoisted(() => vi.fn());
vi.mock('../../engine/context-reports', () => ({ reportContext }));

const session = {
  id: 's1',
  title: 'Chat',
  model: 'mock-small',
  systemPrompt: '',
  params: {},
  activeLeafId: 'a1',
  createdAt: 1,
  updatedAt: 1,
} as unknown as SessionRow;

function reply(status: MessageRow['status']): MessageRow {
  return {
    id: 'a1',
    sessionId: 's1',
    parentId: 'u1',
    role: 'assistant',
    content: '',
    status,
    createdAt: 2,
  };
}

afterEach(() => {
  // Unmounted, so the hook's live queries never answer once the test's page is torn down.
  cleanup();
  reportContext.mockReset();
  vi.useRealTimers();
});

describe('the context report of the open chat', () => {
  it('is not asked for while the reply streams, and is once it has ended', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    reportContext.mockResolvedValue({ kind: 'empty' });
    const { rerender } = renderHook(({ path }) => useContextReport(session, path), {
      initialProps: { path: [reply('streaming')] },
    });
    // Well past the settle time: a report would have been asked for by now.
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(reportContext).not.toHaveBeenCalled();

    rerender({ path: [reply('done')] });
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(reportContext).toHaveBeenCalledWith(session);
  });
});
