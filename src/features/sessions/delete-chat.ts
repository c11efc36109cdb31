// Deleting a chat. A restore point of every chat is kept first, which takes seconds with a long
// history, so the chat is marked as being deleted at once (its row says Deleting… and can't be
// used) and, when open, gives way to the newest other chat; then the point is made and the chat
// deleted. Each delete runs on its own, so another chat can be deleted meanwhile. A point that
// can't be made is logged and the chat is still deleted: deleting is how a full disk is freed.
import { newestSessionExcept } from '../../db/queries';
import { deleteSession } from '../../db/sessions-repo';
import { stopTurnsIn } from '../../engine/turns';
import { useUi } from '../../store/ui';
import { keepRestorePoint } from '../../workers/restore-point-client';

/** Opens the newest chat not being deleted, or a new chat, when `id` is the open one. */
async function leave(id: string): Promise<void> {
  if (useUi.getState().activeSessionId !== id) return;
  const next = await newestSessionExcept([id, ...useUi.getState().deletingSessionIds]);
  if (useUi.getState().activeSessionId === id) useUi.getState().openSession(next?.id ?? null);
}

/**
 * Resolves once the chat is deleted. Its mark stays until the list no longer holds it
 * (`settleDeleting`); a failed delete clears it, and the chat is an ordinary one again.
 */
export async function deleteChat(id: string): Promise<void> {
  useUi.getState().setDeleting(id, true);
  try {
    stopTurnsIn(id);
    await leave(id);
    await keepRestorePoint('before deleting a chat');
    await deleteSession(id);
  } catch (error) {
    useUi.getState().setDeleting(id, false);
    throw error;
  }
  // Opened meanwhile (from search, say): the page must not stay on a chat that is gone.
  await leave(id);
}
