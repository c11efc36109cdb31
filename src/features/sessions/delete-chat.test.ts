// Deleting a chat: marked at once, the open chat gives way before the restore point is made,
// and a point that can't be made still lets the chat go.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listSessionsNewestFirst, readSession } from '../../db/queries';
import * as sessionsRepo from '../../db/sessions-repo';
import { useUi } from '../../store/ui';
import { keepRestorePoint } from '../../workers/restore-point-client';
import { deleteChat } from './delete-chat';

vi.mock('../../workers/restore-point-client', () => ({ keepRestorePoint: vi.fn() }));
vi.mock('../../db/sessions-repo', async (importOriginal) => {
  const actual = await importOriginal<typeof sessionsRepo>();
  return { ...actual, deleteSession: vi.fn(actual.deleteSession) };
});
const keepPoint = vi.mocked(keepRestorePoint);
const removeRow = vi.mocked(sessionsRepo.deleteSession);

let clock = 1_000_000;

/** A chat newer than every chat made before it. */
function newChat(): Promise<string> {
  vi.setSystemTime((clock += 1000));
  return sessionsRepo.createSession({ model: 'm', systemPrompt: '' });
}

async function chatIds(): Promise<string[]> {
  return (await listSessionsNewestFirst()).map((s) => s.id);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  useUi.setState({ activeSessionId: null, deletingSessionIds: [] });
});

afterEach(async () => {
  vi.useRealTimers();
  keepPoint.mockReset();
  for (const id of await chatIds()) await sessionsRepo.deleteSession(id);
});

describe('deleteChat', () => {
  it('marks the chat and opens another one before the restore point is made', async () => {
    const older = await newChat();
    const doomed = await newChat();
    useUi.getState().openSession(doomed);
    let finishPoint: (made: boolean) => void = () => undefined;
    keepPoint.mockReturnValue(new Promise((resolve) => (finishPoint = resolve)));

    const deleting = deleteChat(doomed);
    await vi.waitFor(() => expect(keepPoint).toHaveBeenCalledWith('before deleting a chat'));
    expect(useUi.getState().deletingSessionIds).toEqual([doomed]);
    expect(useUi.getState().activeSessionId).toBe(older);
    expect(await readSession(doomed)).toBeDefined();

    finishPoint(true);
    await deleting;
    expect(await readSession(doomed)).toBeUndefined();
    // The mark goes once the list no longer holds the chat.
    useUi.getState().settleDeleting(new Set([older]));
    expect(useUi.getState().deletingSessionIds).toEqual([]);
  });

  it('deletes the chat when the restore point could not be made', async () => {
    const doomed = await newChat();
    keepPoint.mockResolvedValue(false);
    await deleteChat(doomed);
    expect(await readSession(doomed)).toBeUndefined();
    expect(useUi.getState().activeSessionId).toBeNull();
  });

  it('leaves two chats being deleted at once out of the chat it opens', async () => {
    const kept = await newChat();
    const first = await newChat();
    const second = await newChat();
    useUi.getState().openSession(second);
    keepPoint.mockResolvedValue(true);

    await Promise.all([deleteChat(first), deleteChat(second)]);
    expect(useUi.getState().activeSessionId).toBe(kept);
    expect(await chatIds()).toEqual([kept]);
  });

  it('clears the mark when the delete itself fails', async () => {
    const chat = await newChat();
    keepPoint.mockResolvedValue(true);
    removeRow.mockRejectedValueOnce(new Error('disk gone'));
    await expect(deleteChat(chat)).rejects.toThrow('disk gone');
    expect(useUi.getState().deletingSessionIds).toEqual([]);
    expect(await readSession(chat)).toBeDefined();
  });
});
