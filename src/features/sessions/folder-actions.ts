// What the session list's folder controls do: each writes through db/folders-repo and tells the
// user what happened, offering Undo where something was taken away.
import { deleteFolder, moveToFolder, restoreFolder, setPinned } from '../../db/folders-repo';
import type { FolderRow } from '../../db/types';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';

/** The MIME type a dragged chat carries its id in. */
export const SESSION_DRAG_TYPE = 'application/x-arbor-session';
/** Also carried (empty) by a dragged chat that is in a folder. */
export const SESSION_IN_FOLDER_DRAG_TYPE = 'application/x-arbor-session-in-folder';

export async function removeFolder(folder: FolderRow): Promise<void> {
  try {
    const saved = await deleteFolder(folder.id);
    if (!saved) return;
    const count = saved.sessionIds.length;
    const kept =
      count === 0 ? '' : count === 1 ? ' Its chat is kept.' : ` Its ${count} chats are kept.`;
    useUi.getState().notify({
      tone: 'info',
      text: `Deleted folder “${folder.title}”.${kept}`,
      action: {
        label: 'Undo',
        run: () => void restoreFolder(saved).catch(reportFailure('Restoring the folder')),
      },
    });
  } catch (error) {
    reportFailure(`Deleting the folder “${folder.title}”`)(error);
  }
}

export function moveChat(sessionId: string, folderId: string | null): void {
  moveToFolder(sessionId, folderId).catch(reportFailure('Moving the chat'));
}

export function pinChat(sessionId: string, pinned: boolean): void {
  setPinned(sessionId, pinned).catch(
    reportFailure(pinned ? 'Pinning the chat' : 'Unpinning the chat'),
  );
}
