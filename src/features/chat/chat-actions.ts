// What the user can do to the open chat and its messages: choose the model, edit, regenerate,
// switch branch, fork, delete, undo the last turn, and clear. Each one writes through a db/
// function; the screen follows through its live query.
import { decideToolCall } from '../../engine/tool-approvals';
import { activateBranch, deleteMessageTree, restoreMessages } from '../../db/branch-repo';
import { clearSession, restoreSnapshot, updateSessionSettings } from '../../db/sessions-repo';
import { addRevision } from '../../db/messages-repo';
import { saveNewChatDefaults } from '../../db/settings-repo';
import type { MessageRow } from '../../db/types';
import { contentText } from '../../db/content-text';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { keepRestorePoint } from '../../workers/restore-point-client';
import { runInWorker } from '../../workers/clients';
import { replyAgain, sendMessage } from '../../engine/turns';

/**
 * The chat's next reply goes to this provider and model, and new chats start with them. With
 * no chat open (a new chat not stored yet), only what new chats start with changes.
 */
export function chooseChatModel(sessionId: string | null, providerId: string, model: string): void {
  Promise.all([
    sessionId === null ? undefined : updateSessionSettings(sessionId, { providerId, model }),
    saveNewChatDefaults({ providerId, model }),
  ]).catch(reportFailure('Choosing the model'));
}

/**
 * Keeps a restore point, then removes every message of the chat and offers Undo. False when
 * there was nothing to clear. The chat itself stays, with its title and settings.
 */
export async function clearChat(sessionId: string): Promise<boolean> {
  await keepRestorePoint('before clear');
  const saved = await clearSession(sessionId);
  if (!saved || saved.messages.length === 0) return false;
  useUi.getState().notify({
    tone: 'info',
    text: `Cleared “${saved.session.title}”.`,
    action: {
      label: 'Undo',
      run: () => void restoreSnapshot(saved).catch(reportFailure('Undoing the clear')),
    },
  });
  return true;
}

/** An edited question is sent; an edited system message (a summary) is only stored. */
export function editMessage(message: MessageRow, text: string): void {
  if (message.role === 'system') {
    addRevision(message, text).catch(reportFailure('Saving the edited message'));
    return;
  }
  sendMessage(message.sessionId, text, message.parentId).catch(
    reportFailure('Sending the edited message'),
  );
}

export function regenerate(message: MessageRow): void {
  if (!message.parentId) return;
  replyAgain(message.sessionId, message.parentId).catch(reportFailure('Regenerating'));
}

export function retry(message: MessageRow): void {
  if (!message.parentId) return;
  replyAgain(message.sessionId, message.parentId, message.id).catch(reportFailure('Retrying'));
}

export function showBranch(message: MessageRow): void {
  activateBranch(message.sessionId, message.id).catch(reportFailure('Switching branch'));
}

export function fork(message: MessageRow): void {
  runInWorker('fork', (worker) =>
    worker.call('fork', { sourceId: message.sessionId, messageId: message.id }),
  )
    .then((id) => useUi.getState().openSession(id))
    .catch(reportFailure('Forking'));
}

export async function deleteMessage(message: MessageRow): Promise<void> {
  try {
    const removed = await deleteMessageTree(message.sessionId, message.id, { showSibling: true });
    const count = removed.messages.length;
    useUi.getState().notify({
      tone: 'info',
      text: `Deleted ${count} ${count === 1 ? 'message' : 'messages'}.`,
      action: {
        label: 'Undo',
        run: () => void restoreMessages(removed).catch(reportFailure('Undo')),
      },
    });
  } catch (error) {
    reportFailure('Deleting the message')(error);
  }
}

/** Removes the last question and its reply, and puts the question back in the message box. */
export async function undoLastTurn(path: readonly MessageRow[]): Promise<void> {
  const question = path.findLast((m) => m.role === 'user');
  if (!question) return;
  try {
    const removed = await deleteMessageTree(question.sessionId, question.id, {
      showSibling: false,
    });
    const ui = useUi.getState();
    const sessionId = question.sessionId;
    const putBack = ui.drafts[sessionId]?.trim() ? undefined : contentText(question.content);
    if (putBack !== undefined) ui.setDraft(sessionId, putBack);
    ui.focusComposer();
    ui.notify({
      tone: 'info',
      text: 'Took back the last question and its replies.',
      action: {
        label: 'Undo',
        run: () =>
          void restoreMessages(removed)
            .then(() => {
              // The question is back in the chat, so it leaves the box (unless edited there).
              const now = useUi.getState();
              if (putBack !== undefined && now.drafts[sessionId] === putBack) {
                now.setDraft(sessionId, '');
              }
            })
            .catch(reportFailure('Undo')),
      },
    });
  } catch (error) {
    reportFailure('Undoing the last turn')(error);
  }
}

/** Runs a tool call that waits for the user; with `always`, its tool runs without asking from now on. */
export function runToolCall(callId: string, always: boolean): void {
  decideToolCall(callId, { run: true, always });
}

/** Refuses a tool call: the model is told the user denied it. */
export function denyToolCall(callId: string): void {
  decideToolCall(callId, { run: false, always: false });
}
