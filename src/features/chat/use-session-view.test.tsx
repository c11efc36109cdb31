// The open chat's view: a long chat opened while its reply runs still has its whole path, and
// once the turn ends the view follows new messages again.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appendUserTurn, finishReply } from '../../db/messages-repo';
import { listSessionsNewestFirst } from '../../db/queries';
import { createSession, deleteSession } from '../../db/sessions-repo';
import { useTurns } from '../../engine/turn-store';
import { useSessionView } from './use-session-view';

async function chatWithTurns(turns: number): Promise<string> {
  const id = await createSession({ model: 'm', systemPrompt: '' });
  for (let i = 0; i < turns; i++) {
    const { assistantId } = await appendUserTurn(id, `question ${i}`);
    await finishReply(assistantId, { content: `answer ${i}`, status: 'done' });
  }
  return id;
}

afterEach(async () => {
  // Unmounted first: a live query woken by the deletes below must not answer a torn-down page.
  cleanup();
  useTurns.setState({ turns: {} });
  for (const session of await listSessionsNewestFirst()) await deleteSession(session.id);
});

describe('the session view', () => {
  it('has the whole path of a long chat opened while its reply runs', async () => {
    const id = await chatWithTurns(30);
    useTurns.getState().begin('turn', id);
    const { result } = renderHook(() => useSessionView(id));
    await waitFor(() => expect(result.current?.path).toHaveLength(60));
    expect(result.current?.path[0]?.content).toBe('question 0');
    expect(result.current?.messageCount).toBe(60);
  });

  it('follows new messages again once the turn has ended', async () => {
    const id = await chatWithTurns(30);
    useTurns.getState().begin('turn', id);
    const { result } = renderHook(() => useSessionView(id));
    await waitFor(() => expect(result.current?.path).toHaveLength(60));
    act(() => useTurns.getState().end('turn'));
    await act(() => appendUserTurn(id, 'one more'));
    await waitFor(() => expect(result.current?.path).toHaveLength(62));
    expect(result.current?.messageCount).toBe(62);
  });
});
